package io.tradestream.ingestion.taq;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** What a failed S3 read says; the reads themselves are in {@link S3ReplayTest}. */
class S3FilesTest {

    private static final TaqLocation.S3Object OBJECT =
            new TaqLocation.S3Object("taq", "2026/EQY_US_ALL_TRADE_20261120.gz");

    private static S3Exception failure(int status, String code) {
        return (S3Exception)
                S3Exception.builder()
                        .statusCode(status)
                        .message(code + " message")
                        .awsErrorDetails(
                                AwsErrorDetails.builder()
                                        .errorCode(code)
                                        .errorMessage(code + " message")
                                        .build())
                        .build();
    }

    @Test
    void accessDeniedSaysWhereCredentialsComeFrom() {
        assertThat(S3Files.describe(OBJECT, failure(403, "AccessDenied")))
                .isEqualTo(
                        "access denied to s3://taq/2026/EQY_US_ALL_TRADE_20261120.gz (HTTP 403"
                                + " AccessDenied): the AWS credentials found (AWS_ACCESS_KEY_ID and"
                                + " AWS_SECRET_ACCESS_KEY, AWS_PROFILE, ~/.aws/credentials or an"
                                + " instance role) may not read it; for a public bucket use"
                                + " --s3-no-sign-request");
    }

    @Test
    void otherFailuresNameTheObjectAndTheCause() {
        assertThat(S3Files.describe(OBJECT, failure(500, "InternalError")))
                .startsWith(
                        "cannot read s3://taq/2026/EQY_US_ALL_TRADE_20261120.gz: HTTP 500"
                                + " InternalError: InternalError message");
        assertThat(
                        S3Files.describe(
                                OBJECT, SdkClientException.create("Unable to load credentials")))
                .isEqualTo(
                        "cannot read s3://taq/2026/EQY_US_ALL_TRADE_20261120.gz: Unable to load"
                                + " credentials");
    }
}
