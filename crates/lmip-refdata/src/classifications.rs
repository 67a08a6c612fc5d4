//! ISCO-08 (major and sub-major groups), ISIC Rev.4 (sections) and SDMX sex codes.
//!
//! ISCO-08 titles are the ILO's (International Standard Classification of Occupations, 2012); ISIC
//! titles are the UN Statistics Division's (ISIC Rev.4, 2008). Their translations are future work
//! (they show in English, marked, until a translator adds them).

use crate::CodeEntry;
use lmip_domain::Locale;
use lmip_domain::codes::lists;

const ISCO08: [(&str, &str); 53] = [
    ("0", "Armed forces occupations"),
    ("01", "Commissioned armed forces officers"),
    ("02", "Non-commissioned armed forces officers"),
    ("03", "Armed forces occupations, other ranks"),
    ("1", "Managers"),
    ("11", "Chief executives, senior officials and legislators"),
    ("12", "Administrative and commercial managers"),
    ("13", "Production and specialised services managers"),
    ("14", "Hospitality, retail and other services managers"),
    ("2", "Professionals"),
    ("21", "Science and engineering professionals"),
    ("22", "Health professionals"),
    ("23", "Teaching professionals"),
    ("24", "Business and administration professionals"),
    (
        "25",
        "Information and communications technology professionals",
    ),
    ("26", "Legal, social and cultural professionals"),
    ("3", "Technicians and associate professionals"),
    ("31", "Science and engineering associate professionals"),
    ("32", "Health associate professionals"),
    ("33", "Business and administration associate professionals"),
    (
        "34",
        "Legal, social, cultural and related associate professionals",
    ),
    ("35", "Information and communications technicians"),
    ("4", "Clerical support workers"),
    ("41", "General and keyboard clerks"),
    ("42", "Customer services clerks"),
    ("43", "Numerical and material recording clerks"),
    ("44", "Other clerical support workers"),
    ("5", "Service and sales workers"),
    ("51", "Personal service workers"),
    ("52", "Sales workers"),
    ("53", "Personal care workers"),
    ("54", "Protective services workers"),
    ("6", "Skilled agricultural, forestry and fishery workers"),
    ("61", "Market-oriented skilled agricultural workers"),
    (
        "62",
        "Market-oriented skilled forestry, fishery and hunting workers",
    ),
    ("63", "Subsistence farmers, fishers, hunters and gatherers"),
    ("7", "Craft and related trades workers"),
    (
        "71",
        "Building and related trades workers, excluding electricians",
    ),
    ("72", "Metal, machinery and related trades workers"),
    ("73", "Handicraft and printing workers"),
    ("74", "Electrical and electronic trades workers"),
    (
        "75",
        "Food processing, wood working, garment and other craft and related trades workers",
    ),
    ("8", "Plant and machine operators, and assemblers"),
    ("81", "Stationary plant and machine operators"),
    ("82", "Assemblers"),
    ("83", "Drivers and mobile plant operators"),
    ("9", "Elementary occupations"),
    ("91", "Cleaners and helpers"),
    ("92", "Agricultural, forestry and fishery labourers"),
    (
        "93",
        "Labourers in mining, construction, manufacturing and transport",
    ),
    ("94", "Food preparation assistants"),
    ("95", "Street and related sales and service workers"),
    ("96", "Refuse workers and other elementary workers"),
];

const ISIC4: [(&str, &str); 21] = [
    ("A", "Agriculture, forestry and fishing"),
    ("B", "Mining and quarrying"),
    ("C", "Manufacturing"),
    ("D", "Electricity, gas, steam and air conditioning supply"),
    (
        "E",
        "Water supply; sewerage, waste management and remediation activities",
    ),
    ("F", "Construction"),
    (
        "G",
        "Wholesale and retail trade; repair of motor vehicles and motorcycles",
    ),
    ("H", "Transportation and storage"),
    ("I", "Accommodation and food service activities"),
    ("J", "Information and communication"),
    ("K", "Financial and insurance activities"),
    ("L", "Real estate activities"),
    ("M", "Professional, scientific and technical activities"),
    ("N", "Administrative and support service activities"),
    (
        "O",
        "Public administration and defence; compulsory social security",
    ),
    ("P", "Education"),
    ("Q", "Human health and social work activities"),
    ("R", "Arts, entertainment and recreation"),
    ("S", "Other service activities"),
    (
        "T",
        "Activities of households as employers; undifferentiated goods- and services-producing activities of households for own use",
    ),
    (
        "U",
        "Activities of extraterritorial organizations and bodies",
    ),
];

/// SDMX sex codes with names in all ten locales (short, everyday words as a form would use them).
const SEX: [(&str, [&str; 10]); 4] = [
    (
        "_T",
        [
            "Total",
            "รวม",
            "សរុប",
            "ລວມ",
            "စုစုပေါင်း",
            "Tổng",
            "Total",
            "Jumlah",
            "Kabuuan",
            "Totál",
        ],
    ),
    (
        "M",
        [
            "Male",
            "ชาย",
            "ប្រុស",
            "ຊາຍ",
            "ကျား",
            "Nam",
            "Laki-laki",
            "Lelaki",
            "Lalaki",
            "Mane",
        ],
    ),
    (
        "F",
        [
            "Female",
            "หญิง",
            "ស្រី",
            "ຍິງ",
            "မ",
            "Nữ",
            "Perempuan",
            "Perempuan",
            "Babae",
            "Feto",
        ],
    ),
    (
        "_U",
        [
            "Unknown",
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

pub(crate) fn isco08() -> Vec<CodeEntry> {
    ISCO08
        .iter()
        .enumerate()
        .map(|(i, (code, name))| CodeEntry {
            list: lists::ISCO08,
            code: (*code).to_string(),
            // A sub-major group's parent is its first digit.
            parent: (code.len() == 2).then(|| code[..1].to_string()),
            sort: i as i64,
            names: vec![(Locale::En, (*name).to_string())],
        })
        .collect()
}

pub(crate) fn isic4() -> Vec<CodeEntry> {
    ISIC4
        .iter()
        .enumerate()
        .map(|(i, (code, name))| CodeEntry {
            list: lists::ISIC4,
            code: (*code).to_string(),
            parent: None,
            sort: i as i64,
            names: vec![(Locale::En, (*name).to_string())],
        })
        .collect()
}

pub(crate) fn sex() -> Vec<CodeEntry> {
    SEX.iter()
        .enumerate()
        .map(|(i, (code, names))| CodeEntry {
            list: lists::SEX,
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
