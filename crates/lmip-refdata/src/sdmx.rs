//! The code lists lmip's statistics use beside the classifications: areas (countries plus
//! "all countries" and "unknown"), frequency, observation status, unit of measure, unit multiplier
//! and complaint categories. Codes follow the SDMX cross-domain code lists where one exists.

use crate::CodeEntry;
use crate::geo::countries_codes;
use lmip_domain::Locale;
use lmip_domain::codes::lists;

/// (code, names in en, th, km, lo, my, vi, id, ms, fil, tet).
type Named = (&'static str, [&'static str; 10]);

const AREA_SPECIAL: [Named; 2] = [
    (
        "_T",
        [
            "All countries",
            "ทุกประเทศ",
            "គ្រប់ប្រទេស",
            "ທຸກປະເທດ",
            "နိုင်ငံအားလုံး",
            "Tất cả các nước",
            "Semua negara",
            "Semua negara",
            "Lahat ng bansa",
            "Nasaun hotu",
        ],
    ),
    (
        "_X",
        [
            "Unknown or not stated",
            "ไม่ทราบหรือไม่ระบุ",
            "មិនស្គាល់ ឬមិនបានបញ្ជាក់",
            "ບໍ່ຮູ້ ຫຼື ບໍ່ໄດ້ລະບຸ",
            "မသိ သို့မဟုတ် မဖော်ပြထား",
            "Không rõ hoặc không nêu",
            "Tidak diketahui atau tidak disebutkan",
            "Tidak diketahui atau tidak dinyatakan",
            "Hindi alam o hindi sinabi",
            "La hatene ka la temi",
        ],
    ),
];

const FREQ: [Named; 3] = [
    (
        "A",
        [
            "Annual",
            "รายปี",
            "ប្រចាំឆ្នាំ",
            "ປະຈຳປີ",
            "နှစ်စဉ်",
            "Hằng năm",
            "Tahunan",
            "Tahunan",
            "Taunan",
            "Tinan-tinan",
        ],
    ),
    (
        "Q",
        [
            "Quarterly",
            "รายไตรมาส",
            "ប្រចាំត្រីមាស",
            "ປະຈຳໄຕມາດ",
            "သုံးလပတ်",
            "Hằng quý",
            "Triwulanan",
            "Suku tahunan",
            "Kada tatlong buwan",
            "Trimestrál",
        ],
    ),
    (
        "M",
        [
            "Monthly",
            "รายเดือน",
            "ប្រចាំខែ",
            "ປະຈຳເດືອນ",
            "လစဉ်",
            "Hằng tháng",
            "Bulanan",
            "Bulanan",
            "Buwanan",
            "Fulan-fulan",
        ],
    ),
];

const OBS_STATUS: [Named; 8] = [
    (
        "A",
        [
            "Normal value",
            "ค่าปกติ",
            "តម្លៃធម្មតា",
            "ຄ່າປົກກະຕິ",
            "ပုံမှန်တန်ဖိုး",
            "Giá trị bình thường",
            "Nilai normal",
            "Nilai biasa",
            "Karaniwang halaga",
            "Valór normál",
        ],
    ),
    (
        "B",
        [
            "Break in series",
            "ข้อมูลไม่ต่อเนื่อง",
            "ការដាច់ស៊េរីទិន្នន័យ",
            "ຂໍ້ມູນບໍ່ຕໍ່ເນື່ອງ",
            "အစဉ်အတန်း ပြတ်တောက်မှု",
            "Chuỗi số liệu bị gián đoạn",
            "Jeda dalam seri",
            "Putus dalam siri",
            "Putol sa serye",
            "Kotu iha seri",
        ],
    ),
    (
        "E",
        [
            "Estimated value",
            "ค่าประมาณ",
            "តម្លៃប៉ាន់ស្មាន",
            "ຄ່າປະມານ",
            "ခန့်မှန်းတန်ဖိုး",
            "Giá trị ước tính",
            "Nilai perkiraan",
            "Nilai anggaran",
            "Tantiyang halaga",
            "Valór estimadu",
        ],
    ),
    (
        "F",
        [
            "Forecast value",
            "ค่าพยากรณ์",
            "តម្លៃព្យាករ",
            "ຄ່າພະຍາກອນ",
            "ကြိုတင်ခန့်မှန်းတန်ဖိုး",
            "Giá trị dự báo",
            "Nilai prakiraan",
            "Nilai ramalan",
            "Tinatayang halaga sa hinaharap",
            "Valór previzaun",
        ],
    ),
    (
        "I",
        [
            "Imputed value",
            "ค่าที่ประมาณแทน",
            "តម្លៃជំនួស",
            "ຄ່າທີ່ຄິດໄລ່ແທນ",
            "ဖြည့်စွက်တွက်ချက်ထားသော တန်ဖိုး",
            "Giá trị quy nạp",
            "Nilai imputasi",
            "Nilai imputasi",
            "Ipinalagay na halaga",
            "Valór imputadu",
        ],
    ),
    (
        "M",
        [
            "Missing value",
            "ไม่มีข้อมูล",
            "គ្មានទិន្នន័យ",
            "ບໍ່ມີຂໍ້ມູນ",
            "တန်ဖိုး မရှိ",
            "Thiếu số liệu",
            "Nilai tidak ada",
            "Nilai tiada",
            "Walang halaga",
            "Valór la iha",
        ],
    ),
    (
        "P",
        [
            "Provisional value",
            "ค่าเบื้องต้น",
            "តម្លៃបណ្តោះអាសន្ន",
            "ຄ່າເບື້ອງຕົ້ນ",
            "ယာယီတန်ဖိုး",
            "Giá trị tạm thời",
            "Nilai sementara",
            "Nilai sementara",
            "Pansamantalang halaga",
            "Valór provizóriu",
        ],
    ),
    (
        "U",
        [
            "Low reliability",
            "ความน่าเชื่อถือต่ำ",
            "ភាពជឿជាក់ទាប",
            "ຄວາມໜ້າເຊື່ອຖືຕ່ຳ",
            "ယုံကြည်စိတ်ချရမှု နည်း",
            "Độ tin cậy thấp",
            "Keandalan rendah",
            "Kebolehpercayaan rendah",
            "Mababang pagiging maaasahan",
            "Konfiansa ki'ik",
        ],
    ),
];

const UNIT_MEASURE: [Named; 2] = [
    (
        "PS",
        [
            "Persons",
            "คน",
            "នាក់",
            "ຄົນ",
            "ဦး",
            "Người",
            "Orang",
            "Orang",
            "Tao",
            "Ema",
        ],
    ),
    (
        "USD",
        [
            "US dollars",
            "ดอลลาร์สหรัฐ",
            "ដុល្លារអាមេរិក",
            "ໂດລາສະຫະລັດ",
            "အမေရိကန် ဒေါ်လာ",
            "Đô la Mỹ",
            "Dolar AS",
            "Dolar AS",
            "Dolyar ng US",
            "Dólar amerikanu",
        ],
    ),
];

const UNIT_MULT: [Named; 3] = [
    (
        "0",
        [
            "Units",
            "หน่วย",
            "ឯកតា",
            "ໜ່ວຍ",
            "ယူနစ်",
            "Đơn vị",
            "Satuan",
            "Unit",
            "Yunit",
            "Unidade",
        ],
    ),
    (
        "3",
        [
            "Thousands",
            "พัน",
            "ពាន់",
            "ພັນ",
            "ထောင်",
            "Nghìn",
            "Ribuan",
            "Ribu",
            "Libo",
            "Rihun",
        ],
    ),
    (
        "6",
        [
            "Millions",
            "ล้าน",
            "លាន",
            "ລ້ານ",
            "သန်း",
            "Triệu",
            "Jutaan",
            "Juta",
            "Milyon",
            "Millaun",
        ],
    ),
];

const RESPONDENT_KIND: [Named; 5] = [
    (
        "_T",
        [
            "All respondents",
            "ผู้ถูกร้องเรียนทั้งหมด",
            "អ្នកត្រូវប្តឹងទាំងអស់",
            "ຜູ້ຖືກຮ້ອງທັງໝົດ",
            "တိုင်ကြားခံရသူ အားလုံး",
            "Tất cả bên bị khiếu nại",
            "Semua pihak teradu",
            "Semua pihak yang diadu",
            "Lahat ng inirereklamo",
            "Parte hotu",
        ],
    ),
    (
        "AGENCY",
        [
            "Recruitment agency",
            "บริษัทจัดหางาน",
            "ភ្នាក់ងារជ្រើសរើសពលករ",
            "ບໍລິສັດຈັດຫາງານ",
            "အလုပ်အကိုင်ရှာဖွေရေး အေဂျင်စီ",
            "Công ty môi giới việc làm",
            "Agen perekrutan",
            "Agensi pengambilan pekerja",
            "Ahensya sa pagre-recruit",
            "Ajénsia rekrutamentu",
        ],
    ),
    (
        "EMPLOYER",
        [
            "Employer",
            "นายจ้าง",
            "និយោជក",
            "ນາຍຈ້າງ",
            "အလုပ်ရှင်",
            "Chủ sử dụng lao động",
            "Majikan",
            "Majikan",
            "Employer",
            "Patraun",
        ],
    ),
    (
        "OTHER",
        [
            "Someone else",
            "ผู้อื่น",
            "អ្នកផ្សេងទៀត",
            "ຄົນອື່ນ",
            "အခြားသူ",
            "Người khác",
            "Orang lain",
            "Orang lain",
            "Ibang tao",
            "Ema seluk",
        ],
    ),
    (
        "_U",
        [
            "Not known",
            "ไม่ทราบ",
            "មិនដឹង",
            "ບໍ່ຮູ້",
            "မသိ",
            "Không rõ",
            "Tidak diketahui",
            "Tidak diketahui",
            "Hindi alam",
            "La hatene",
        ],
    ),
];

const CASE_OUTCOME: [Named; 8] = [
    (
        "_T",
        [
            "All complaints",
            "เรื่องร้องเรียนทั้งหมด",
            "បណ្តឹងទាំងអស់",
            "ຄຳຮ້ອງທຸກທັງໝົດ",
            "တိုင်ကြားချက် အားလုံး",
            "Tất cả khiếu nại",
            "Semua pengaduan",
            "Semua aduan",
            "Lahat ng reklamo",
            "Keixa hotu",
        ],
    ),
    (
        "OPEN",
        [
            "Not concluded yet",
            "ยังไม่สิ้นสุด",
            "មិនទាន់បញ្ចប់",
            "ຍັງບໍ່ສິ້ນສຸດ",
            "မပြီးဆုံးသေး",
            "Chưa kết thúc",
            "Belum selesai",
            "Belum selesai",
            "Hindi pa tapos",
            "Seidauk remata",
        ],
    ),
    (
        "UPHELD",
        [
            "Upheld and put right",
            "ร้องเรียนถูกต้องและได้รับการแก้ไข",
            "ពិតប្រាកដ និងបានកែតម្រូវ",
            "ຖືກຕ້ອງ ແລະ ໄດ້ແກ້ໄຂ",
            "မှန်ကန်ပြီး ပြုပြင်ပေးခဲ့သည်",
            "Khiếu nại đúng và đã được khắc phục",
            "Terbukti dan diperbaiki",
            "Disahkan dan diperbetulkan",
            "Napatunayan at naitama",
            "Loos no hadi'a ona",
        ],
    ),
    (
        "UPHELD_UNREMEDIED",
        [
            "Upheld, nothing recovered",
            "ร้องเรียนถูกต้อง แต่ไม่ได้เงินคืน",
            "ពិតប្រាកដ តែមិនបានប្រាក់មកវិញ",
            "ຖືກຕ້ອງ, ແຕ່ບໍ່ໄດ້ເງິນຄືນ",
            "မှန်ကန်သော်လည်း ဘာမှ ပြန်မရ",
            "Khiếu nại đúng, không thu hồi được gì",
            "Terbukti, tidak ada yang dipulihkan",
            "Disahkan, tiada yang diperoleh semula",
            "Napatunayan, walang nabawi",
            "Loos, maibé la hetan buat ida fali",
        ],
    ),
    (
        "NOT_UPHELD",
        [
            "Not upheld",
            "ร้องเรียนไม่ถูกต้อง",
            "មិនពិតប្រាកដ",
            "ບໍ່ຖືກຕ້ອງ",
            "မမှန်ကန်",
            "Khiếu nại không đúng",
            "Tidak terbukti",
            "Tidak disahkan",
            "Hindi napatunayan",
            "La loos",
        ],
    ),
    (
        "SETTLED",
        [
            "Settled between the parties",
            "ตกลงกันได้ระหว่างคู่กรณี",
            "បានផ្សះផ្សារវាងភាគី",
            "ຕົກລົງກັນໄດ້ລະຫວ່າງຄູ່ກໍລະນີ",
            "နှစ်ဖက် ညှိနှိုင်းပြီး",
            "Các bên đã thỏa thuận",
            "Diselesaikan antara para pihak",
            "Diselesaikan antara pihak-pihak",
            "Nagkasundo ang mga partido",
            "Parte sira konkorda ona",
        ],
    ),
    (
        "CLOSED",
        [
            "Closed without a finding",
            "ปิดเรื่องโดยไม่มีข้อสรุป",
            "បានបិទដោយគ្មានការសន្និដ្ឋាន",
            "ປິດໂດຍບໍ່ມີຂໍ້ສະຫຼຸບ",
            "ကောက်ချက်မချဘဲ ပိတ်ခဲ့သည်",
            "Đóng mà không có kết luận",
            "Ditutup tanpa kesimpulan",
            "Ditutup tanpa dapatan",
            "Isinara nang walang pasya",
            "Taka la ho konkluzaun",
        ],
    ),
    (
        "WITHDRAWN",
        [
            "Withdrawn",
            "ถอนเรื่องแล้ว",
            "បានដកវិញ",
            "ຖອນແລ້ວ",
            "ရုပ်သိမ်းပြီး",
            "Đã rút",
            "Dicabut",
            "Ditarik balik",
            "Binawi",
            "Foti fali ona",
        ],
    ),
];

const COMPLAINT_CATEGORY: [Named; 8] = [
    (
        "_T",
        [
            "All complaints",
            "เรื่องร้องเรียนทั้งหมด",
            "បណ្តឹងទាំងអស់",
            "ຄຳຮ້ອງທຸກຂ໌ທັງໝົດ",
            "တိုင်ကြားချက် အားလုံး",
            "Tất cả khiếu nại",
            "Semua pengaduan",
            "Semua aduan",
            "Lahat ng reklamo",
            "Keixa hotu",
        ],
    ),
    (
        "WAGES",
        [
            "Wages and payment",
            "ค่าจ้างและการจ่ายเงิน",
            "ប្រាក់ឈ្នួល និងការបើកប្រាក់",
            "ຄ່າຈ້າງ ແລະ ການຈ່າຍເງິນ",
            "လုပ်ခနှင့် ငွေပေးချေမှု",
            "Tiền lương và thanh toán",
            "Upah dan pembayaran",
            "Gaji dan bayaran",
            "Sahod at bayad",
            "Saláriu no pagamentu",
        ],
    ),
    (
        "FEES",
        [
            "Recruitment fees and debt",
            "ค่าหัวคิวและหนี้สิน",
            "ថ្លៃជ្រើសរើស និងបំណុល",
            "ຄ່າບໍລິການຈັດຫາງານ ແລະ ໜີ້ສິນ",
            "အလုပ်ရှာဖွေခ နှင့် အကြွေး",
            "Phí tuyển dụng và nợ",
            "Biaya perekrutan dan utang",
            "Yuran pengambilan dan hutang",
            "Bayad sa recruitment at utang",
            "Taxa rekrutamentu no deve",
        ],
    ),
    (
        "CONTRACT",
        [
            "Contract or job not as promised",
            "สัญญาหรืองานไม่ตรงตามที่ตกลง",
            "កិច្ចសន្យា ឬការងារមិនដូចការសន្យា",
            "ສັນຍາ ຫຼື ວຽກບໍ່ຄືທີ່ສັນຍາໄວ້",
            "စာချုပ် သို့မဟုတ် အလုပ်သည် ကတိအတိုင်း မဟုတ်",
            "Hợp đồng hoặc công việc không như đã hứa",
            "Kontrak atau pekerjaan tidak sesuai janji",
            "Kontrak atau kerja tidak seperti dijanjikan",
            "Kontrata o trabaho na hindi gaya ng ipinangako",
            "Kontratu ka servisu la tuir promesa",
        ],
    ),
    (
        "CONDITIONS",
        [
            "Working and living conditions",
            "สภาพการทำงานและความเป็นอยู่",
            "លក្ខខណ្ឌការងារ និងការរស់នៅ",
            "ສະພາບການເຮັດວຽກ ແລະ ການເປັນຢູ່",
            "အလုပ်နှင့် နေထိုင်မှု အခြေအနေ",
            "Điều kiện làm việc và sinh hoạt",
            "Kondisi kerja dan tempat tinggal",
            "Keadaan kerja dan tempat tinggal",
            "Kalagayan sa trabaho at tirahan",
            "Kondisaun servisu no moris",
        ],
    ),
    (
        "DOCUMENTS",
        [
            "Passport or documents withheld",
            "ถูกยึดหนังสือเดินทางหรือเอกสาร",
            "លិខិតឆ្លងដែន ឬឯកសារត្រូវបានរឹបអូស",
            "ໜັງສືຜ່ານແດນ ຫຼື ເອກະສານຖືກຍຶດ",
            "နိုင်ငံကူးလက်မှတ် သို့မဟုတ် စာရွက်စာတမ်း သိမ်းထားခံရ",
            "Bị giữ hộ chiếu hoặc giấy tờ",
            "Paspor atau dokumen ditahan",
            "Pasport atau dokumen ditahan",
            "Kinuha ang pasaporte o mga dokumento",
            "Pasaporte ka dokumentu sira ema kaer",
        ],
    ),
    (
        "ABUSE",
        [
            "Violence, harassment or forced labour",
            "ความรุนแรง การคุกคาม หรือแรงงานบังคับ",
            "អំពើហិង្សា ការយាយី ឬពលកម្មដោយបង្ខំ",
            "ຄວາມຮຸນແຮງ, ການຂົ່ມເຫັງ ຫຼື ແຮງງານບັງຄັບ",
            "အကြမ်းဖက်မှု၊ နှောင့်ယှက်မှု သို့မဟုတ် အတင်းအဓမ္မ လုပ်အား",
            "Bạo lực, quấy rối hoặc lao động cưỡng bức",
            "Kekerasan, pelecehan, atau kerja paksa",
            "Keganasan, gangguan atau buruh paksa",
            "Karahasan, panliligalig o sapilitang paggawa",
            "Violénsia, asédiu ka traballu forsadu",
        ],
    ),
    (
        "OTHER",
        [
            "Other",
            "อื่น ๆ",
            "ផ្សេងៗ",
            "ອື່ນໆ",
            "အခြား",
            "Khác",
            "Lainnya",
            "Lain-lain",
            "Iba pa",
            "Seluk",
        ],
    ),
];

fn entries(list: &'static str, named: &[Named]) -> Vec<CodeEntry> {
    named
        .iter()
        .enumerate()
        .map(|(i, (code, names))| CodeEntry {
            list,
            code: (*code).to_string(),
            parent: None,
            sort: i as i64,
            names: Locale::ALL
                .into_iter()
                .zip(names.iter().map(|n| (*n).to_string()))
                .collect(),
        })
        .collect()
}

/// Areas: every country (its ISO 3166-1 alpha-2 code and CLDR names), then "all countries" (`_T`)
/// and "unknown" (`_X`), as statistics need totals and unstated origins.
pub(crate) fn areas() -> Vec<CodeEntry> {
    let mut out: Vec<CodeEntry> = countries_codes()
        .into_iter()
        .map(|mut c| {
            c.list = lists::AREA;
            c
        })
        .collect();
    let next = out.len() as i64;
    for (i, mut e) in entries(lists::AREA, &AREA_SPECIAL).into_iter().enumerate() {
        e.sort = next + i as i64;
        out.push(e);
    }
    out
}

/// Frequency, observation status, unit of measure, unit multiplier, complaint categories,
/// respondents and outcomes.
pub(crate) fn small_lists() -> Vec<CodeEntry> {
    let mut out = entries(lists::FREQ, &FREQ);
    out.extend(entries(lists::OBS_STATUS, &OBS_STATUS));
    out.extend(entries(lists::UNIT_MEASURE, &UNIT_MEASURE));
    out.extend(entries(lists::UNIT_MULT, &UNIT_MULT));
    out.extend(entries(lists::COMPLAINT_CATEGORY, &COMPLAINT_CATEGORY));
    out.extend(entries(lists::RESPONDENT_KIND, &RESPONDENT_KIND));
    out.extend(entries(lists::CASE_OUTCOME, &CASE_OUTCOME));
    out
}
