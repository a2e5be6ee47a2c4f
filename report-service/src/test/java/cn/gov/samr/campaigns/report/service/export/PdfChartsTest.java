package cn.gov.samr.campaigns.report.service.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PdfChartsTest {

    @Test
    void scalesEndOnARoundNumberJustAboveTheLargestBar() {
        assertEquals(5, PdfCharts.niceMax(0));
        assertEquals(5, PdfCharts.niceMax(4));
        assertEquals(10, PdfCharts.niceMax(7));
        assertEquals(125, PdfCharts.niceMax(109));
        assertEquals(100, PdfCharts.niceMax(100));
        assertEquals(2000, PdfCharts.niceMax(1750));
        assertEquals(150_000, PdfCharts.niceMax(138_400));
    }
}
