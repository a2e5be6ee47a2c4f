package cn.gov.samr.campaigns.platform.rest;

/** A Range header outside the representation: 416 with {@code Content-Range: bytes *}{@code /size}. */
public class RangeNotSatisfiableProblem extends RuntimeException {

    private final long size;

    public RangeNotSatisfiableProblem(long size) {
        super("The requested range is outside the file of " + size + " bytes.");
        this.size = size;
    }

    public long size() {
        return size;
    }
}
