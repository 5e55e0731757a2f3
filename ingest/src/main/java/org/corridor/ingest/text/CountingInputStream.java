package org.corridor.ingest.text;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** Counts bytes read and reports the count every {@value #STEP} bytes. */
public final class CountingInputStream extends FilterInputStream {
    private static final long STEP = 256 * 1024;
    private final LongConsumer onProgress;
    private long count;
    private long nextReport = STEP;

    public CountingInputStream(InputStream in, LongConsumer onProgress) {
        super(in);
        this.onProgress = onProgress;
    }

    public long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
        int n = super.read(buffer, off, len);
        if (n > 0) {
            advance(n);
        }
        return n;
    }

    private void advance(long n) {
        count += n;
        if (count >= nextReport) {
            nextReport = count + STEP;
            onProgress.accept(count);
        }
    }
}
