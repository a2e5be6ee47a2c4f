package cn.gov.samr.campaigns.platform.storage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import cn.gov.samr.campaigns.platform.rest.PayloadTooLargeProblem;

/** Passes an upload through while hashing it (SHA-256) and counting it; fails as soon as it exceeds its limit. */
final class DigestingInputStream extends FilterInputStream {

    private final MessageDigest sha256;
    private final long maxBytes;
    private long count;

    DigestingInputStream(InputStream in, long maxBytes) {
        super(in);
        this.maxBytes = maxBytes;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            sha256.update((byte) b);
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0) {
            sha256.update(buffer, offset, n);
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) {
        return 0; // every byte must go through the digest
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    long count() {
        return count;
    }

    String sha256Hex() {
        return HexFormat.of().formatHex(sha256.digest());
    }

    private void counted(int n) {
        count += n;
        if (count > maxBytes) {
            throw new PayloadTooLargeProblem("The file is larger than the " + maxBytes + " bytes allowed here.");
        }
    }
}
