// The yardstick of the benchmark: a bare libharu program that draws a page like the
// 資格確認書 card (85.6 x 54 mm: a border, rules, 12 labels and 12 values in IPAex Gothic and
// Mincho through libharu's UTF-8 encoder, the seal image) COUNT times, in PDFs of 1,000 pages
// with the fonts embedded, as the yearly run cuts its files. No layout, no fitting, no
// binding: what drawing such pages costs libharu itself.
//   bench_bare_card COUNT OUT_DIR SEAL_PNG
#include <hpdf.h>

#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

constexpr double mm = 72 / 25.4;
constexpr int pages_per_pdf = 1000;

void on_error(HPDF_STATUS error, HPDF_STATUS detail, void*) {
    std::fprintf(stderr, "bench_bare_card: libharu error %04X (%u)\n", unsigned(error), unsigned(detail));
    std::exit(1);
}

const char* const labels[] = {"記号", "番号", "枝番", "氏名", "生年月日", "性別", "資格取得年月日",
                              "一部負担金の割合", "住所", "交付年月日", "保険者番号", "保険者名称"};
const char* const values[] = {"01", "1117927", "01", "森　鷗子", "昭和54年11月11日", "女", "令和3年9月15日",
                              "法定負担割合のとおり", "静岡県みどり市緑町5番22号", "令和8年7月10日",
                              "229999", "みどり市"};

void draw_card(HPDF_Doc pdf, HPDF_Font gothic, HPDF_Font mincho, HPDF_Image seal, int number) {
    HPDF_Page page = HPDF_AddPage(pdf);
    HPDF_Page_SetWidth(page, HPDF_REAL(85.6 * mm));
    HPDF_Page_SetHeight(page, HPDF_REAL(54 * mm));
    HPDF_Page_SetLineWidth(page, HPDF_REAL(0.35 * mm));
    HPDF_Page_Rectangle(page, HPDF_REAL(0.8 * mm), HPDF_REAL(0.8 * mm), HPDF_REAL(84 * mm), HPDF_REAL(52.4 * mm));
    HPDF_Page_Stroke(page);
    for (double y : {44.0, 16.0}) {
        HPDF_Page_MoveTo(page, HPDF_REAL(2 * mm), HPDF_REAL(y * mm));
        HPDF_Page_LineTo(page, HPDF_REAL(83.6 * mm), HPDF_REAL(y * mm));
        HPDF_Page_Stroke(page);
    }
    HPDF_Page_BeginText(page);
    HPDF_Page_SetFontAndSize(page, gothic, 12);
    HPDF_Page_TextOut(page, HPDF_REAL(3 * mm), HPDF_REAL(47 * mm), "資格確認書");
    for (int i = 0; i < 12; ++i) {
        double x = (i % 2 ? 44 : 3) * mm, y = (40 - 3.8 * (i / 2)) * mm;
        HPDF_Page_SetFontAndSize(page, gothic, 5);
        HPDF_Page_TextOut(page, HPDF_REAL(x), HPDF_REAL(y), labels[i]);
        HPDF_Page_SetFontAndSize(page, mincho, 9);
        HPDF_Page_TextOut(page, HPDF_REAL(x + 14 * mm), HPDF_REAL(y), values[i]);
    }
    char seq[32];
    std::snprintf(seq, sizeof seq, "通番 %07d", number);
    HPDF_Page_SetFontAndSize(page, gothic, 4);
    HPDF_Page_TextOut(page, HPDF_REAL(3 * mm), HPDF_REAL(2 * mm), seq);
    HPDF_Page_EndText(page);
    HPDF_Page_DrawImage(page, seal, HPDF_REAL(72 * mm), HPDF_REAL(3 * mm), HPDF_REAL(10 * mm), HPDF_REAL(10 * mm));
}

void write_part(const std::string& path, const std::string& seal_png, int first, int count) {
    HPDF_Doc pdf = HPDF_New(on_error, nullptr);
    HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL);
    HPDF_UseUTFEncodings(pdf);
    HPDF_Font gothic = HPDF_GetFont(
        pdf, HPDF_LoadTTFontFromFile(pdf, "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf", HPDF_TRUE), "UTF-8");
    HPDF_Font mincho = HPDF_GetFont(
        pdf, HPDF_LoadTTFontFromFile(pdf, "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf", HPDF_TRUE), "UTF-8");
    HPDF_Image seal = HPDF_LoadPngImageFromFile(pdf, seal_png.c_str());
    for (int i = 0; i < count; ++i) draw_card(pdf, gothic, mincho, seal, first + i);
    HPDF_SaveToFile(pdf, path.c_str());
    HPDF_Free(pdf);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: bench_bare_card COUNT OUT_DIR SEAL_PNG\n");
        return 2;
    }
    int count = std::atoi(argv[1]);
    if (count <= 0) {
        std::fprintf(stderr, "bench_bare_card: COUNT must be a positive number\n");
        return 2;
    }
    for (int first = 0, part = 1; first < count; first += pages_per_pdf, ++part) {
        char name[32];
        std::snprintf(name, sizeof name, "/bare-%04d.pdf", part);
        write_part(argv[2] + std::string(name), argv[3], first + 1, std::min(pages_per_pdf, count - first));
    }
    return 0;
}
