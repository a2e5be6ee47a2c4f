package cn.gov.samr.campaigns.report.config;

import java.nio.file.Path;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Settings of the exports. */
@ConfigMapping(prefix = "report-service.exports")
public interface ExportConfig {

    /**
     * A TrueType font (.ttf) or TrueType collection (.ttc) with CJK glyphs for the PDF export, to use another font
     * than the bundled WenQuanYi Micro Hei. Must have TrueType outlines: PDFBox cannot embed CFF-based OpenType.
     */
    Optional<Path> cjkFont();

    /** The PostScript name of the font to take from a collection; the collection's first font when absent. */
    Optional<String> cjkFontName();
}
