package cn.gov.samr.campaigns.report.service.export;

import cn.gov.samr.campaigns.report.config.ExportConfig;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import cn.gov.samr.campaigns.platform.startup.Lazy;
import io.quarkus.runtime.Startup;

/**
 * The CJK font the PDF export embeds. Whether it is there and readable is checked at startup, so a missing or
 * unreadable font fails the start rather than the first export; its bytes (5 MB for the bundled one) are read once, at
 * the first export, and kept: a service that never exports a PDF does not carry them from its start. Each document
 * parses its own copy because a parsed font is read while the document is saved (to cut the subset) and PDFBox's
 * font readers are not safe to share between threads.
 */
@ApplicationScoped
@Startup // created when the service starts, not at the first export
public class CjkFont {

    /** WenQuanYi Micro Hei (文泉驿微米黑), Apache-2.0, see fonts/README.md. */
    static final String BUNDLED = "fonts/wqy-microhei.ttc";

    private final Lazy<byte[]> bytes;
    private final Optional<String> name;

    @Inject
    public CjkFont(ExportConfig config) {
        this(config.cjkFont(), config.cjkFontName());
    }

    public CjkFont(Optional<Path> file, Optional<String> name) {
        file.ifPresentOrElse(CjkFont::checkReadable, CjkFont::checkBundled);
        this.bytes = Lazy.of(() -> file.map(CjkFont::read).orElseGet(CjkFont::bundled));
        this.name = name;
    }

    /** A freshly parsed font; closing it releases the parser. */
    public Opened open() throws IOException {
        byte[] bytes = this.bytes.get();
        if (bytes.length >= 4 && bytes[0] == 't' && bytes[1] == 't' && bytes[2] == 'c' && bytes[3] == 'f') {
            TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(bytes));
            TrueTypeFont font = name.isPresent() ? collection.getFontByName(name.get()) : first(collection);
            if (font == null) {
                collection.close();
                throw new IOException("no font named " + name.orElse("") + " in the configured collection");
            }
            return new Opened(font, collection);
        }
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        return new Opened(font, font);
    }

    private static TrueTypeFont first(TrueTypeCollection collection) throws IOException {
        TrueTypeFont[] first = new TrueTypeFont[1];
        collection.processAllFonts(font -> {
            if (first[0] == null) {
                first[0] = font;
            }
        });
        return first[0];
    }

    private static void checkReadable(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new UncheckedIOException(new IOException("cannot read the CJK font " + file));
        }
    }

    private static void checkBundled() {
        if (Thread.currentThread().getContextClassLoader().getResource(BUNDLED) == null) {
            throw new IllegalStateException(BUNDLED + " is missing from the class path");
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CJK font " + file, e);
        }
    }

    private static byte[] bundled() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUNDLED, e);
        }
    }

    /** A parsed font and what must be closed after the document using it is saved. */
    public record Opened(TrueTypeFont font, Closeable owner) implements Closeable {
        @Override
        public void close() throws IOException {
            owner.close();
        }
    }
}
