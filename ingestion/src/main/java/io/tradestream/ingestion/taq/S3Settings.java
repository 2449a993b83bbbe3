package io.tradestream.ingestion.taq;

import java.net.URI;
import java.util.Optional;

/**
 * How to reach S3. Credentials come from the AWS SDK's default chain (environment, system
 * properties, profile files, container or instance role) unless requests go unsigned.
 *
 * @param region the bucket's region; empty: AWS_REGION, the aws.region property or the profile's
 *     region, else us-east-1 (requests that reach another region are redirected by the SDK)
 * @param endpoint another endpoint than AWS's, for an S3-compatible store
 * @param pathStyle address buckets as {@code endpoint/bucket/key} rather than {@code
 *     bucket.endpoint/key}, as most S3-compatible stores need
 * @param unsigned send anonymous requests (public buckets), without looking for credentials
 */
record S3Settings(
        Optional<String> region, Optional<URI> endpoint, boolean pathStyle, boolean unsigned) {

    static final S3Settings DEFAULT =
            new S3Settings(Optional.empty(), Optional.empty(), false, false);
}
