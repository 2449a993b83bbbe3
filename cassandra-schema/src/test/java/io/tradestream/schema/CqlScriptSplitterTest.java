package io.tradestream.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CqlScriptSplitterTest {

    private static List<String> cql(String script) {
        return CqlScriptSplitter.split(script).stream().map(CqlStatement::cql).toList();
    }

    @Test
    void splitsAtSemicolonsThatEndStatements() {
        assertThat(
                        cql(
                                "CREATE TABLE a (k int PRIMARY KEY);\n"
                                        + "CREATE TABLE b (k int PRIMARY KEY);\n"))
                .containsExactly(
                        "CREATE TABLE a (k int PRIMARY KEY)", "CREATE TABLE b (k int PRIMARY KEY)");
    }

    @Test
    void dropsCommentsAndBlankLines() {
        String script =
                """
                -- a comment; with a semicolon
                // another one;

                /* a block;
                   comment */
                CREATE TABLE a (k int PRIMARY KEY); -- trailing comment;

                """;
        assertThat(cql(script)).containsExactly("CREATE TABLE a (k int PRIMARY KEY)");
    }

    @Test
    void keepsSemicolonsInsideLiteralsAndQuotedIdentifiers() {
        String script =
                "INSERT INTO t (k, v) VALUES (1, 'a;b -- not a comment');\n"
                        + "INSERT INTO t (k, v) VALUES (2, 'it''s; fine');\n"
                        + "CREATE TABLE \"odd;name\" (k int PRIMARY KEY);\n"
                        + "CREATE FUNCTION f() RETURNS NULL ON NULL INPUT RETURNS int"
                        + " LANGUAGE java AS $$ return 1; $$;";
        assertThat(cql(script))
                .containsExactly(
                        "INSERT INTO t (k, v) VALUES (1, 'a;b -- not a comment')",
                        "INSERT INTO t (k, v) VALUES (2, 'it''s; fine')",
                        "CREATE TABLE \"odd;name\" (k int PRIMARY KEY)",
                        "CREATE FUNCTION f() RETURNS NULL ON NULL INPUT RETURNS int"
                                + " LANGUAGE java AS $$ return 1; $$");
    }

    @Test
    void acceptsALastStatementWithoutSemicolon() {
        assertThat(cql("DROP TABLE a;\nDROP TABLE b"))
                .containsExactly("DROP TABLE a", "DROP TABLE b");
    }

    @Test
    void ignoresEmptyStatements() {
        assertThat(cql(" ;;\n ; DROP TABLE a;; ")).containsExactly("DROP TABLE a");
        assertThat(cql("-- only a comment\n")).isEmpty();
    }

    @Test
    void keepsMultiLineStatementsAndTheirFirstLine() {
        List<CqlStatement> statements =
                CqlScriptSplitter.split(
                        "-- header\r\n\r\n"
                                + "CREATE TABLE a (\r\n"
                                + "  k int, -- key\r\n"
                                + "  PRIMARY KEY (k)\r\n"
                                + ");\r\n"
                                + "/* two\n"
                                + "lines */ DROP TABLE b;");
        assertThat(statements)
                .containsExactly(
                        new CqlStatement(3, "CREATE TABLE a (\n  k int, \n  PRIMARY KEY (k)\n)"),
                        new CqlStatement(8, "DROP TABLE b"));
    }

    @Test
    void rejectsUnclosedLiteralsAndComments() {
        assertThatThrownBy(() -> CqlScriptSplitter.split("SELECT 1;\nINSERT INTO t VALUES ('x);"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unclosed ' starting at line 2");
        assertThatThrownBy(() -> CqlScriptSplitter.split("/* never closed"))
                .hasMessage("unclosed /* comment starting at line 1");
        assertThatThrownBy(() -> CqlScriptSplitter.split("CREATE TABLE \"x (k int);"))
                .hasMessage("unclosed \" starting at line 1");
    }
}
