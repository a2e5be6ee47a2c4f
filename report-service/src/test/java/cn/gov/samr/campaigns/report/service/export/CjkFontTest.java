package cn.gov.samr.campaigns.report.service.export;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A missing font fails the start; a font that is there is read at the first export, not at the start. */
class CjkFontTest {

    @Test
    void aMissingConfiguredFontFailsTheStart(@TempDir Path dir) {
        assertThrows(UncheckedIOException.class, () -> new CjkFont(Optional.of(dir.resolve("none.ttc")), Optional.empty()));
        assertThrows(UncheckedIOException.class, () -> new CjkFont(Optional.of(dir), Optional.empty()));
    }

    @Test
    void theFontIsReadAtTheFirstExportNotAtTheStart(@TempDir Path dir) throws IOException {
        Path font = dir.resolve("font.ttc");
        Files.writeString(font, "not yet a font"); // there and readable: the start passes
        CjkFont cjk = new CjkFont(Optional.of(font), Optional.of("WenQuanYiMicroHei"));
        // the real font arrives before the first export: read then, it is the one used
        Files.copy(Paths.get("src/main/resources", CjkFont.BUNDLED), font, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (CjkFont.Opened opened = cjk.open()) {
            assertNotNull(opened.font());
        }
    }
}
