package io.tradestream.ingestion.taq;

import java.io.FilterInputStream;
import java.io.IOException;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.AwsProfileRegionProvider;
import software.amazon.awssdk.regions.providers.AwsRegionProviderChain;
import software.amazon.awssdk.regions.providers.SystemSettingsRegionProvider;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * Streams TAQ files from S3: one GET per object, read as it arrives, never stored whole. The client
 * is made on first use, so a replay of local files needs no AWS configuration.
 */
final class S3Files implements AutoCloseable {

    static final Region FALLBACK_REGION = Region.US_EAST_1;

    private final S3Settings settings;
    private S3Client client;

    S3Files(S3Settings settings) {
        this.settings = settings;
    }

    /**
     * @throws TaqFormatException if the object cannot be read, saying why (missing, access denied,
     *     no credentials, endpoint unreachable)
     */
    OpenedInput open(TaqLocation.S3Object object) throws TaqFormatException {
        ResponseInputStream<GetObjectResponse> response;
        try {
            response =
                    client().getObject(
                                    GetObjectRequest.builder()
                                            .bucket(object.bucket())
                                            .key(object.key())
                                            .build());
        } catch (SdkException e) {
            throw new TaqFormatException(describe(object, e), e);
        }
        Long length = response.response().contentLength();
        return new OpenedInput(abortingOnClose(response), length == null ? -1 : length);
    }

    private S3Client client() {
        if (client == null) {
            client = create(settings);
        }
        return client;
    }

    /** A client over the JDK's HTTP connection, configured by {@code settings}. */
    static S3Client create(S3Settings settings) {
        S3ClientBuilder builder =
                S3Client.builder()
                        .httpClientBuilder(UrlConnectionHttpClient.builder())
                        .region(settings.region().map(Region::of).orElseGet(S3Files::defaultRegion))
                        .crossRegionAccessEnabled(true)
                        .forcePathStyle(settings.pathStyle());
        settings.endpoint().ifPresent(builder::endpointOverride);
        if (settings.unsigned()) {
            builder.credentialsProvider(AnonymousCredentialsProvider.create());
        }
        return builder.build();
    }

    /**
     * The region of the environment or the AWS profile; unlike the SDK's default chain, never the
     * instance metadata service, which would stall a laptop for seconds.
     */
    private static Region defaultRegion() {
        try {
            return new AwsRegionProviderChain(
                            new SystemSettingsRegionProvider(), new AwsProfileRegionProvider())
                    .getRegion();
        } catch (SdkClientException e) {
            return FALLBACK_REGION;
        }
    }

    static String describe(TaqLocation.S3Object object, SdkException e) {
        if (e instanceof AwsServiceException service) {
            String code =
                    service.awsErrorDetails() == null ? "" : service.awsErrorDetails().errorCode();
            return switch (service.statusCode()) {
                case 403 ->
                        "access denied to "
                                + object
                                + " (HTTP 403 "
                                + code
                                + "): the AWS credentials found (AWS_ACCESS_KEY_ID and"
                                + " AWS_SECRET_ACCESS_KEY, AWS_PROFILE, ~/.aws/credentials or an"
                                + " instance role) may not read it; for a public bucket use"
                                + " --s3-no-sign-request";
                case 404 ->
                        "NoSuchBucket".equals(code)
                                ? "no bucket '" + object.bucket() + "' (for " + object + ")"
                                : "no object " + object + " (HTTP 404 " + code + ")";
                default ->
                        "cannot read "
                                + object
                                + ": HTTP "
                                + service.statusCode()
                                + " "
                                + code
                                + ": "
                                + service.getMessage();
            };
        }
        return "cannot read " + object + ": " + e.getMessage();
    }

    /** Closing before the end aborts the download rather than reading the rest of the object. */
    private static FilterInputStream abortingOnClose(
            ResponseInputStream<GetObjectResponse> response) {
        return new FilterInputStream(response) {
            @Override
            public void close() throws IOException {
                response.abort();
                super.close();
            }
        };
    }

    @Override
    public void close() {
        if (client != null) {
            client.close();
        }
    }
}
