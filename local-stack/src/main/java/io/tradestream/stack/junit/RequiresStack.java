package io.tradestream.stack.junit;

import io.tradestream.stack.Component;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks {@link LocalStackExtension} for a stack of only these components, e.g.
 * {@code @RequiresStack(components = Component.KAFKA)}. Test classes that ask for the same set
 * share one stack; without the annotation a class gets the full stack.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RequiresStack {
    Component[] components();
}
