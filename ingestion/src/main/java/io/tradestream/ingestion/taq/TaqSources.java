package io.tradestream.ingestion.taq;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opens TAQ files wherever they are: on this machine or in S3. */
final class TaqSources implements AutoCloseable {

    private final S3Files s3;

    TaqSources(S3Settings s3) {
        this.s3 = new S3Files(s3);
    }

    /**
     * @throws TaqFormatException if the file cannot be opened, saying why
     */
    OpenedInput open(TaqLocation location) throws TaqFormatException {
        if (location instanceof TaqLocation.S3Object object) {
            return s3.open(object);
        }
        return openLocal(((TaqLocation.LocalFile) location).path());
    }

    private static OpenedInput openLocal(Path path) throws TaqFormatException {
        if (Files.isDirectory(path)) {
            throw new TaqFormatException(path + " is a folder, not a TAQ file");
        }
        try {
            return new OpenedInput(Files.newInputStream(path), Files.size(path));
        } catch (NoSuchFileException e) {
            throw new TaqFormatException("no such file: " + path, e);
        } catch (AccessDeniedException e) {
            throw new TaqFormatException("cannot read " + path + ": permission denied", e);
        } catch (IOException e) {
            throw new TaqFormatException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        s3.close();
    }
}
