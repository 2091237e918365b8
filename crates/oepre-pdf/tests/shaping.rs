//! Golden shaping tests: the glyph ids (and their visual order) must be
//! exactly what HarfBuzz 6.0.0 gives with the same bundled font files:
//! `hb-shape --output-format=text --no-glyph-names <font> <text>`.

use oepre_pdf::shape_glyph_ids;

#[test]
fn arabic_matches_harfbuzz() {
    let got = shape_glyph_ids("NotoSansArabic-Regular", "مرحبا بكم في المدرسة", true, None);
    let want: Vec<u16> = vec![
        1271, 1077, 978, 215, 773, 667, 46, 3, 1489, 306, 3, 770, 560, 102, 3, 47, 104, 417, 979, 771,
    ];
    assert_eq!(got, Some(want));
}

#[test]
fn tamil_matches_harfbuzz() {
    let got = shape_glyph_ids("NotoSansTamil-Regular", "பள்ளிக்கு வரவேற்கிறோம்", false, None);
    let want: Vec<u16> = vec![28, 93, 34, 42, 77, 102, 3, 36, 31, 47, 36, 91, 18, 166, 47, 32, 41, 88];
    assert_eq!(got, Some(want));
}

#[test]
fn bengali_matches_harfbuzz() {
    let got = shape_glyph_ids("NotoSansBengali-Regular", "স্কুলে স্বাগতম", false, None);
    let want: Vec<u16> = vec![431, 525, 61, 47, 3, 275, 54, 22, 35, 44];
    assert_eq!(got, Some(want));
}

#[test]
fn urdu_nastaliq_matches_harfbuzz() {
    let got = shape_glyph_ids("NotoNastaliqUrdu-Regular", "اسکول میں خوش آمدید", true, None);
    let want: Vec<u16> = vec![
        238, 15, 973, 284, 238, 972, 310, 28, 224, 3, 13, 240, 361, 11, 972, 672, 3, 235, 15, 372, 972, 310, 3,
        251, 361, 709, 972, 369, 224,
    ];
    assert_eq!(got, Some(want));
}

#[test]
fn unknown_font_is_none() {
    assert_eq!(shape_glyph_ids("NoSuchFont", "abc", false, None), None);
}
