//! Search quality, measured: recall@10 for 24 queries in each of Thai, Khmer, Lao, Burmese and
//! Vietnamese, on both backends.
//!
//! The corpus is lmip's own interface text (`locales/LANG/main.ftl`, ~860 messages per language):
//! each message is a document in its language. A document is relevant to a query when its English
//! counterpart says the concept (the English message matches the concept's pattern), so relevance
//! is judged independently of the segmenter and of the translator's choice of words: a translation
//! that says "passport" another way counts as a miss. The queries are the usual word for each
//! concept, written as a worker would type it (Vietnamese without tone marks).
//!
//! `cargo test -p lmip-services --test search_quality -- --nocapture` prints the table recorded in
//! docs/benchmarks.md.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use lmip_search::Segmenter;
use lmip_services::search;
use lmip_storage::SearchDoc;
use lmip_storage::testing::test_databases;
use std::collections::BTreeMap;

/// (concept, English pattern (lower case; a leading space means a word start), query per language:
/// th, km, lo, my, vi).
const CONCEPTS: [(&str, &[&str], [&str; 5]); 24] = [
    (
        "passport",
        &["passport"],
        [
            "หนังสือเดินทาง",
            "លិខិតឆ្លងដែន",
            "ໜັງສືຜ່ານແດນ",
            "နိုင်ငံကူးလက်မှတ်",
            "ho chieu",
        ],
    ),
    (
        "agency",
        &["agenc"],
        ["บริษัทจัดหางาน", "ទីភ្នាក់ងារ", "ບໍລິສັດຈັດຫາງານ", "အေဂျင်စီ", "cong ty"],
    ),
    (
        "complaint",
        &["complain"],
        ["ร้องเรียน", "បណ្តឹង", "ຮ້ອງທຸກ", "တိုင်ကြား", "khieu nai"],
    ),
    (
        "wage",
        &[" wage"],
        ["ค่าจ้าง", "ប្រាក់ឈ្នួល", "ຄ່າຈ້າງ", "လုပ်ခ", "luong"],
    ),
    (
        "fee",
        &[" fee"],
        ["ค่าธรรมเนียม", "ថ្លៃ", "ຄ່າທຳນຽມ", "အခကြေးငွေ", "phi"],
    ),
    (
        "contract",
        &["contract"],
        ["สัญญา", "កិច្ចសន្យា", "ສັນຍາ", "စာချုပ်", "hop dong"],
    ),
    (
        "work permit",
        &["work permit"],
        [
            "ใบอนุญาตทำงาน",
            "ប័ណ្ណការងារ",
            "ໃບອະນຸຍາດເຮັດວຽກ",
            "အလုပ်လုပ်ခွင့်",
            "giay phep lao dong",
        ],
    ),
    (
        "employer",
        &["employer"],
        ["นายจ้าง", "និយោជក", "ນາຍຈ້າງ", "အလုပ်ရှင်", "chu su dung lao dong"],
    ),
    (
        "licence",
        &["licen"],
        ["ใบอนุญาต", "អាជ្ញាប័ណ្ណ", "ໃບອະນຸຍາດ", "လိုင်စင်", "giay phep"],
    ),
    (
        "help",
        &[" help"],
        ["ความช่วยเหลือ", "ជំនួយ", "ຊ່ວຍເຫຼືອ", "အကူအညီ", "giup"],
    ),
    (
        "statistics",
        &["statistic"],
        ["สถิติ", "ស្ថិតិ", "ສະຖິຕິ", "စာရင်းအင်း", "thong ke"],
    ),
    (
        "language",
        &["language"],
        ["ภาษา", "ភាសា", "ພາສາ", "ဘာသာ", "ngon ngu"],
    ),
    (
        "organisation",
        &["organisation", "organization"],
        ["องค์กร", "ស្ថាប័ន", "ອົງການ", "အဖွဲ့အစည်း", "to chuc"],
    ),
    (
        "translation",
        &["translat"],
        ["แปล", "បកប្រែ", "ແປ", "ဘာသာပြန်", "dich"],
    ),
    (
        "country",
        &["countr"],
        ["ประเทศ", "ប្រទេស", "ປະເທດ", "နိုင်ငံ", "quoc gia"],
    ),
    (
        "check",
        &[" check"],
        ["ตรวจสอบ", "ពិនិត្យ", "ກວດສອບ", "စစ်ဆေး", "kiem tra"],
    ),
    (
        "document",
        &["document"],
        ["เอกสาร", "ឯកសារ", "ເອກະສານ", "စာရွက်စာတမ်း", "giay to"],
    ),
    (
        "rights",
        &[" rights"],
        ["สิทธิ", "សិទ្ធិ", "ສິດ", "အခွင့်အရေး", "quyen"],
    ),
    (
        "password",
        &["password"],
        ["รหัสผ่าน", "ពាក្យសម្ងាត់", "ລະຫັດຜ່ານ", "စကားဝှက်", "mat khau"],
    ),
    (
        "e-mail",
        &["e-mail", "email"],
        ["อีเมล", "អ៊ីមែល", "ອີເມວ", "အီးမေးလ်", "email"],
    ),
    (
        "date",
        &[" date"],
        ["วันที่", "កាលបរិច្ឆេទ", "ວັນທີ", "ရက်စွဲ", "ngay"],
    ),
    (
        "address",
        &["address"],
        ["ที่อยู่", "អាសយដ្ឋាន", "ທີ່ຢູ່", "လိပ်စာ", "dia chi"],
    ),
    (
        "phone",
        &["phone"],
        ["โทรศัพท์", "ទូរសព្ទ", "ໂທລະສັບ", "ဖုန်း", "dien thoai"],
    ),
    (
        "route",
        &[" route"],
        ["เส้นทาง", "ផ្លូវ", "ເສັ້ນທາງ", "လမ်းကြောင်း", "tuyen"],
    ),
];

const LANGS: [&str; 5] = ["th", "km", "lo", "my", "vi"];

/// The single-line messages of a locale's file: key → text, with placeables removed.
fn messages(locale: &str) -> Option<BTreeMap<String, String>> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../locales")
        .join(locale)
        .join("main.ftl");
    let text = std::fs::read_to_string(path).ok()?;
    let mut out = BTreeMap::new();
    for line in text.lines() {
        if line.starts_with(['#', ' ', '\t']) {
            continue;
        }
        if let Some((k, v)) = line.split_once(" = ") {
            let mut clean = String::new();
            let mut depth = 0;
            for c in v.chars() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    c if depth == 0 => clean.push(c),
                    _ => {}
                }
            }
            out.insert(k.trim().to_string(), clean);
        }
    }
    Some(out)
}

#[tokio::test]
async fn recall_at_10_in_five_languages() {
    let Some(en) = messages("en") else {
        println!("notice: locales/ not found; search quality not measured");
        return;
    };
    let seg = Segmenter::new();
    for t in test_databases().await {
        let mut docs = Vec::new();
        for lang in LANGS {
            for (k, v) in messages(lang).unwrap() {
                // Untranslated messages are English, not the language measured.
                if en.get(&k) == Some(&v) {
                    continue;
                }
                docs.push(SearchDoc {
                    owner: format!("message:{lang}:{k}"),
                    kind: "faq".into(),
                    ref_: k,
                    locale: lang.into(),
                    title: v.clone(),
                    words: seg.index_text(&v),
                    ..Default::default()
                });
            }
        }
        search::write_all(&t, "cli:test", &docs, &mut |_| {})
            .await
            .unwrap();
        println!("{}: recall@10 over {} concepts", t.label, CONCEPTS.len());
        println!("| language | queries | recall@10 | queries with a hit in the top 10 |");
        println!("|---|---|---|---|");
        for (i, lang) in LANGS.iter().enumerate() {
            let mut total = 0.0;
            let mut measured = 0;
            let mut any_hit = 0;
            for (concept, patterns, queries) in CONCEPTS {
                let relevant: Vec<&String> = en
                    .iter()
                    .filter(|(k, v)| {
                        let v = format!(" {}", v.to_lowercase());
                        patterns.iter().any(|p| v.contains(p))
                            && docs.iter().any(|d| d.locale == *lang && d.ref_ == **k)
                    })
                    .map(|(k, _)| k)
                    .collect();
                if relevant.is_empty() {
                    continue;
                }
                let found = search::search(
                    &t,
                    &seg,
                    &search::Search {
                        q: queries[i],
                        language: lang,
                        ..Default::default()
                    },
                    lang,
                    "2026-12-01T00:00:00Z",
                )
                .await
                .unwrap();
                let top: Vec<&str> = found.iter().take(10).map(|f| f.ref_.as_str()).collect();
                let hits = relevant
                    .iter()
                    .filter(|k| top.contains(&k.as_str()))
                    .count();
                let recall = hits as f64 / relevant.len().min(10) as f64;
                if std::env::var_os("LMIP_SEARCH_QUALITY_DETAIL").is_some() {
                    println!(
                        "  {lang} {concept}: {hits}/{} ({})",
                        relevant.len().min(10),
                        queries[i]
                    );
                }
                total += recall;
                measured += 1;
                any_hit += usize::from(hits > 0);
            }
            let mean = total / f64::from(measured);
            println!("| {lang} | {measured} | {mean:.2} | {any_hit} |");
            // A broken segmenter or index finds next to nothing: this catches it on both backends.
            assert!(mean >= 0.5, "{}: {lang} recall@10 {mean:.2}", t.label);
            assert!(measured >= 20, "{lang}: only {measured} queries measured");
        }
    }
}
