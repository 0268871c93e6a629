"""The rules of quote extraction, written down in one place.

`extract/quotes.py` holds the machinery (quotation-mark pairing, sentence
splitting, noun-phrase parsing, speaker tracking); every word list and pattern
it relies on lives here, so that a reviewer can read, argue with and extend
the linguistic decisions without reading the code.

Conventions: word lists are lower case unless they are capitalised forms that
only make sense capitalised (titles, abbreviations).  Nothing here is keyed to
a particular article: these are general facts about Indonesian news prose
(Liputan6 and similar outlets).
"""
from __future__ import annotations

import re

# ---------------------------------------------------------------------------
# 1. Quotation marks
# ---------------------------------------------------------------------------
# Only double quotation marks delimit direct speech.  Single marks ('...',
# ‘...’) are used for terms and titles and for quotes nested inside a quote.
OPEN_MARKS = "“„"
CLOSE_MARKS = "”"
AMBIGUOUS_MARKS = '"'
QUOTE_MARKS = OPEN_MARKS + CLOSE_MARKS + AMBIGUOUS_MARKS
# Characters after which a quotation mark can still be an opening mark.
OPENER_LEFT_CONTEXT = " \t\n([{—–-:"
# Characters after which a quotation mark can still be a closing mark.
CLOSER_RIGHT_CONTEXT = " \t\n.,;:!?)]}—–-…"

# ---------------------------------------------------------------------------
# 2. Verbs of saying (the "cue")
# ---------------------------------------------------------------------------
# Full (meN-/ber-) verbs that introduce reported speech: "X mengatakan (bahwa) ...".
SPEECH_VERBS = {
    "mengatakan", "berkata", "menuturkan", "bertutur", "menjelaskan",
    "mengungkapkan", "mengungkap", "menegaskan", "menyebut", "menyebutkan",
    "mengaku", "menambahkan", "menyatakan", "memaparkan", "menerangkan",
    "membeberkan", "mengutarakan", "mengemukakan", "menandaskan", "menekankan",
    "bercerita", "menceritakan", "mengklaim", "membantah", "menampik",
    "mengakui", "berujar", "berucap", "mengucapkan", "menukas", "berkilah",
    "menimpali", "menjawab", "menulis", "menuliskan", "mengeluhkan",
    "mengeluh", "berpesan", "menanggapi", "mengingatkan", "memastikan",
    "menyampaikan", "membenarkan", "mengonfirmasi",
}
# Of these, some are only speech when a "bahwa"-clause or a comma follows
# ("menyampaikan apresiasi", "mengingatkan warga agar ...", "memastikan stok aman"
# are not reported statements, "menyampaikan bahwa ..." is).
SPEECH_VERBS_NEED_CLAUSE = {
    "menyampaikan", "mengingatkan", "memastikan", "membenarkan",
    "mengonfirmasi", "menanggapi", "mengakui", "menulis", "menuliskan",
    "menjawab", "mengeluhkan", "menceritakan", "mengucapkan",
}
# Verbs of hoping, believing, worrying, urging, estimating, assessing: the
# README excludes them from indirect speech.  They are listed so that the
# choice is explicit; they still attribute a *direct* quote that follows them
# ('Ia berharap, "..."'), because the quotation marks themselves mark speech.
NON_SPEECH_VERBS = {
    "berharap", "mengharapkan", "meyakini", "yakin", "percaya", "khawatir",
    "mengkhawatirkan", "cemas", "mengimbau", "mengajak", "meminta", "mendesak",
    "menyarankan", "mendorong", "menilai", "berpendapat", "memperkirakan",
    "menduga", "menganggap", "memprediksi", "optimistis", "pesimistis",
    "menginginkan", "ingin", "menargetkan", "berjanji", "bertekad",
}
# Verbs of commenting on something: no reported clause follows them, but a "-nya" quote in
# the next sentence is the commenter's ('X menyoroti posisi lembaga itu. "...," ucapnya.').
COMMENT_VERBS = {
    "menyoroti", "mengkritik", "mengkritisi", "mempertanyakan", "menyinggung", "menyayangkan",
    "mengomentari", "mengapresiasi", "menyambut", "mengecam", "menyesalkan", "memuji",
}

# Words opening a phrase between a verb of saying and the quote it introduces: 'Budi
# mengatakan kepada wartawan, "..."', 'Akun @x menulis di X, "..."' (at most six words).
PRE_QUOTE_PREPOSITIONS = {
    "kepada", "pada", "di", "dalam", "melalui", "lewat", "via", "saat", "ketika", "seusai", "usai",
}

# Short cue forms written right after a closing quotation mark
# ('"...," kata Budi', '"...," tuturnya').  "-nya" turns them into a pronoun
# attribution.  The bare forms of some are ordinary words elsewhere ("jelas" =
# clear, "tambah" = more, "aku" = I), so outside a quote context only
# SHORT_CUES_SAFE are trusted without "-nya".
SHORT_CUES = {
    "kata", "ujar", "tutur", "ucap", "jelas", "ungkap", "tegas", "imbuh",
    "tambah", "papar", "terang", "lanjut", "pungkas", "sebut", "tukas",
    "tandas", "kilah", "aku", "beber", "seru", "sambung", "jawab", "tanya",
    "tulis", "cerita", "sergah", "timpal", "kelakar", "canda", "urai",
    "pesan", "ulas", "bilang", "klaim", "akui", "katakan", "sahut", "tutup",
    "sela", "potong",  # cutting in: '"Kalau platform tidak melapor?" sela Arya'
    # verbs of hoping, urging, complaining, remembering...: after a closing mark they
    # attribute the quote ('"Semoga ...," harapnya'; the marks make it speech)
    "harap", "pinta", "imbau", "ajak", "keluh", "kenang", "seloroh", "cetus", "bantah",
    "sindir", "kritik", "usul", "tegur", "desak", "tuding", "sesal", "puji",
}
SHORT_CUES_SAFE = {"kata", "ujar", "tutur", "ucap", "imbuh", "papar", "ungkap", "tegas", "jelas", "tambah"}
CLITIC = "nya"

# Words that may stand between a closing mark and its cue: '"...". Begitu kata Budi'.
PRE_CUE_WORDS = {"begitu", "demikian"}
# A written statement named after the quote: '"...," demikian keterangan tertulis
# Kominfo', '"...," bunyi pernyataan resmi TikTok'.  After "demikian"/"begitu"
# or "bunyi", one of these nouns, optionally "tertulis"/"resmi"/"pers", then the
# speaker; the noun is the quote's cue.
STATEMENT_NOUNS = {"keterangan", "pernyataan", "penjelasan", "siaran", "rilis", "unggahan", "cuitan", "tulisan", "isi", "bunyi"}
STATEMENT_LEADS = {"demikian", "begitu", "bunyi"}
STATEMENT_MODIFIERS = {"tertulis", "resmi", "pers"}

# ---------------------------------------------------------------------------
# 3. "Menurut X, ..." and data attributions
# ---------------------------------------------------------------------------
MENURUT = "menurut"
# Sentence-initial words that may stand before "menurut" without a comma
# ("Namun menurut Budi, ...").
MENURUT_LEADS = {"namun", "tetapi", "tapi", "sementara", "sedangkan", "adapun", "nah", "lalu", "kemudian", "bahkan", "justru", "padahal", "karena", "sebab", "jadi"}
# "Menurut <one of these> ..." is a data or document attribution, not speech
# ("Menurut data BPS", "Menurut survei APJII", "Menurut rencana, ...").
# "Berdasarkan ..." is never a cue at all.
DATA_WORDS = {
    "data", "survei", "survey", "laporan", "catatan", "hasil", "riset", "studi",
    "penelitian", "kajian", "statistik", "informasi", "perhitungan", "hitungan",
    "perkiraan", "prediksi", "analisis", "rencana", "jadwal", "aturan",
    "peraturan", "ketentuan", "undang-undang", "uu", "situs", "laman", "dokumen",
    "pantauan", "temuan", "rilis", "keterangan", "pengamatan", "sensus",
    "indeks", "grafik", "tabel", "kalender", "ramalan", "prakiraan", "regulasi",
    "pasal", "putusan", "keputusan", "surat", "kutipan", "unggahan", "akun",
    "media", "berita", "sumber", "kabar", "versi", "daftar", "peta", "sistem",
    "kesepakatan", "perjanjian", "kontrak", "standar", "ukuran", "teori",
    "logika", "hemat", "pandangan", "penilaian", "perkiraannya", "mereka",
}

# ---------------------------------------------------------------------------
# 4. Pronouns
# ---------------------------------------------------------------------------
# A personal pronoun subject refers to a person, the "-nya" clitic to whoever
# spoke last (a person or an organisation).
PERSON_PRONOUNS = {"dia", "ia", "beliau"}
# Plural or vague subjects: no speaker can be named, so no quote is produced.
VAGUE_PRONOUNS = {"mereka", "kami", "kita", "pihaknya", "saya", "aku", "anda"}

# ---------------------------------------------------------------------------
# 5. Titles, honorifics and degrees (stripped from speaker names)
# ---------------------------------------------------------------------------
# Written before a name.  Matched case-sensitively, with or without the dot.
HONORIFICS = {
    "dr.", "Dr.", "drg.", "Prof.", "Ir.", "Drs.", "Dra.", "H.", "Hj.", "KH.",
    "K.H.", "Ny.", "Tn.", "Sdr.", "Sdri.", "Hon.", "Mr.", "Mrs.", "Ms.",
    "Prof", "Dr", "KH", "Ir", "Drs", "Dra", "Hj",
    "Bapak", "Ibu", "Pak", "Bu", "Mas", "Mbak", "Bang", "Kak", "Tuan",
    "Nyonya", "Saudara", "Saudari", "Ustaz", "Ustazah", "Ustadz", "Habib",
    "Gus", "Romo", "Pastor", "Pendeta", "Pdt.", "Raden", "Kiai", "Kyai",
    "Syekh", "Haji", "Hajah",
    # military and police ranks
    "Jenderal", "Jend.", "Letjen", "Mayjen", "Brigjen", "Kolonel", "Kol.",
    "Letkol", "Mayor", "Kapten", "Lettu", "Letda", "Laksamana", "Laksdya",
    "Laksda", "Marsekal", "Marsdya", "Marsda", "Komjen", "Irjen", "Brigjen",
    "Kombes", "Kombespol", "AKBP", "Kompol", "AKP", "Iptu", "Ipda", "Aiptu",
    "Aipda", "Bripka", "Brigadir", "Briptu", "Bripda", "Serka", "Sertu",
    "Kopda", "Praka", "Bharada", "Bharatu", "Pratu", "Prada", "Serda", "Serma", "Pelda", "Peltu",
    # after a rank: the branch of the police or the army ("Irjen Pol.", "Letkol Inf"), retired
    "Pol", "Pol.", "Inf", "Inf.", "Kav", "Arm", "Czi", "Cpl", "Mar", "Pnb", "Kes", "Purn", "Purn.",
    "(Purn)", "(Purn.)",
    # the corps after an army or air force rank: "Kolonel Sus Andika Rahmat", "Mayor Chk ..."
    "Sus", "Chk", "Cpm", "Ckm", "Cba", "Cku", "Arh", "Psk", "Adm", "Lek",
}
# Abbreviated titles that stand as an initial would: only a title at the start of a name
# of two more words ("R. Wiryawan Adinegoro": Raden), an initial elsewhere ("Budi R. Santoso").
LEADING_TITLES = {"R.", "Rr."}
# Written after a name, usually behind a comma: ", S.H.", ", M.Si.", ", Sp.PD".
DEGREE_WORDS = {
    "MBA", "MSc", "PhD", "Ph.D", "Ph.D.", "SH", "MH", "SE", "MM", "MSi", "MKes", "SpA", "SpOG", "SpPD", "CPA", "Apt",
    "MPH", "MARS", "FINASIM", "FINACS", "FICS", "FIHA", "FACC", "MKM", "SKM", "MPd", "SPd", "MKom", "SKom",
    "SSos", "SKep", "Ners", "MEng", "MHum", "MSE", "MIKom", "SIKom", "SHI", "MHI", "Lc", "MAg", "SAg",
    "LLM", "LL.M", "LL.M.", "LLB", "LL.B", "LL.B.", "LLD", "LL.D", "LL.D.",
}
# Medical specialist titles without a dot: "SpPD-KGEH", "SpA(K)", "SpJP".
SP_DEGREE_RE = re.compile(r"Sp[A-Z]{1,4}(?:-[A-Z]{1,6})?(?:\([A-Z]\))?")
# Generic shape of an Indonesian academic/professional degree: "S.H.", "M.Si.",
# "Sp.PD", "S.Kom", "M.Kes.", "Sp.A(K)", "Sp.PD-KHOM", "Lc.", "S.Psi".
DEGREE_RE = re.compile(
    r"(?:[A-Z][a-z]{0,3}\.\s?(?:[A-Z][A-Za-z]{0,4}\.?)(?:-[A-Z]{1,6})?(?:\([A-Z]\))?(?:\s?[A-Z][a-z]{0,3}\.)?|Lc\.|MA|M\.A\.)"
)
# The only DEGREE_RE matches without a dot (the code skips the regex for other dotless tokens).
DEGREE_RE_DOTLESS = {"MA"}

# Short forms of names, written with their dot and kept in the name ("Muh. Ridwan Tahir").
NAME_ABBREVIATIONS = {"Muh.", "Moh.", "Moch.", "Mhd.", "Muhd.", "Abd."}

# ---------------------------------------------------------------------------
# 6. Abbreviations that end in a dot but do not end a sentence
# ---------------------------------------------------------------------------
# Used twice: as tokenizer special cases (so that "Jl." is one token) and by the
# sentence-boundary repair.  Single capital initials ("N.") are handled by a rule.
ABBREVIATIONS = [
    "Jl.", "Jln.", "No.", "Dr.", "dr.", "drg.", "Prof.", "Ir.", "Drs.", "Dra.",
    "H.", "Hj.", "K.H.", "KH.", "Ny.", "Tn.", "Sdr.", "St.", "Kec.", "Kab.",
    "Kel.", "Ds.", "Gg.", "Kp.", "Rp.", "Tbk.", "Bpk.", "Jend.", "Kol.",
    "Pdt.", "Mr.", "Mrs.", "Ms.", "vs.", "dll.", "dsb.", "dkk.", "tsb.",
    "a.n.", "u.p.", "S.H.", "M.H.", "S.E.", "M.M.", "M.Si.", "S.Sos.",
    "S.Kom.", "M.Kom.", "S.Pd.", "M.Pd.", "S.Psi.", "M.Psi.", "M.Kes.",
    "S.Ked.", "S.T.", "M.T.", "S.Ag.", "M.Ag.", "Lc.", "Ph.D.", "Sp.PD",
    "Sp.A", "Sp.OG", "Sp.B", "Sp.JP", "Sp.KJ", "Sp.M", "Sp.THT", "Sp.KK",
    "Sp.An", "Sp.P", "Sp.S", "Sp.Rad", "Sp.PK", "Sp.N", "Sp.PD.",
    "Inc.", "Ltd.", "Co.", "Corp.", "Jr.", "Sr.", "Bhd.", "approx.", "ca.",
    "Yth.", "Hlm.", "hlm.", "Tel.", "Telp.", "telp.", "Pol.", "Inf.", "Purn.",
    *sorted(NAME_ABBREVIATIONS),
]

# ---------------------------------------------------------------------------
# 7. Role words (positions, occupations, descriptions of a speaker)
# ---------------------------------------------------------------------------
# A comma segment that starts with (or, lower case, contains) one of these is a
# role, not a name: "Kepala Seksi ... Kominfo, Rahmat ..., mengatakan".
ROLE_WORDS = {
    # offices written short (see ROLE_ABBREVIATIONS)
    "kalaksa", "sekda", "kajari", "kajati", "kalapas", "kadinkes", "kadisdik", "danramil", "wagub", "kadiv", "kabiro",
    # government and organisations
    "kepala", "ketua", "wakil", "menteri", "wamen", "direktur", "dirjen",
    "direktorat", "sekretaris", "sekjen", "sesditjen", "juru", "jubir",
    # ministers by their abbreviations: "kata Menkomdigi Meutya Hafid"
    "menkomdigi", "wamenkomdigi", "menkominfo", "wamenkominfo", "menkeu",
    "wamenkeu", "mendag", "wamendag", "menkes", "wamenkes", "menko",
    "menkopolhukam", "menkopolkam", "menkoperekonomian", "menkopmk", "mendikbud",
    "mendikbudristek", "mendikdasmen", "mendagri", "menlu", "menhan", "menpan",
    "menpan-rb", "menpora", "menparekraf", "menaker", "menkumham", "menkum",
    "menag", "mensos", "menperin", "mentan", "menhub", "menkop", "menkopukm",
    "menpppa", "menpupr", "menristek", "menlhk", "menesdm", "mensesneg", "seskab",
    "kasad", "kasal", "kasau",
    "koordinator", "deputi", "asisten", "staf", "staff", "anggota", "kasubdit",
    "kasi", "kabid", "kadis", "kasat", "kasatreskrim", "kabag", "kanit",
    "kapolri", "kapolda", "kapolres", "kapolsek", "kabareskrim", "kadiv",
    "humas", "presiden", "wapres", "gubernur", "wagub", "bupati", "wabup",
    "wali", "walikota", "wawali", "camat", "lurah", "kades", "plt", "plh",
    "pj", "penjabat", "komisioner", "komisaris", "dirut", "direksi",
    "manajer", "manager", "pimpinan", "pemimpin", "pendiri", "founder",
    "co-founder", "ceo", "cto", "coo", "cfo", "cmo", "vp", "vice", "head",
    "chief", "chairman", "president", "director", "officer", "lead",
    "executive", "eksekutif", "general", "country", "senior", "public",
    "spokesperson", "pengurus", "bendahara", "inspektur", "auditor",
    "panglima", "kepolisian", "kapuspen", "kapendam", "danrem", "dandim",
    "pangdam", "kabidhumas", "kabid", "kasubbid", "kasubbag", "duta",
    "senator", "legislator", "hakim", "jaksa", "rektor", "dekan", "guru",
    "dosen", "kepsek", "utama", "harian", "madya", "muda", "ad", "interim",
    # professions and descriptions
    "pengamat", "peneliti", "ekonom", "psikolog", "psikiater", "pemerhati", "pakar", "ahli", "analis",
    "praktisi", "dokter", "perawat", "bidan", "pengacara", "advokat", "kuasa",
    "aktivis", "pegiat", "penggiat", "relawan", "pelatih", "asisten",
    "pemain", "kapten", "gelandang", "penyerang", "bek", "kiper", "striker",
    "winger", "atlet", "pebulu", "petenis", "pembalap", "kreator", "influencer", "pemengaruh",
    "selebgram", "youtuber", "artis", "aktor", "aktris", "penyanyi",
    "musisi", "sutradara", "produser", "penulis", "wartawan", "jurnalis",
    "warga", "pedagang", "penjual", "pembeli", "petani", "nelayan", "buruh",
    "pekerja", "karyawan", "pegawai", "pengemudi", "sopir", "ojek",
    "mahasiswa", "mahasiswi", "siswa", "siswi", "pelajar", "santri",
    "pengguna", "konsumen", "pelanggan", "penumpang", "korban", "saksi",
    "tersangka", "terdakwa", "pelaku", "orangtua", "orang", "ibu", "ayah",
    "desainer", "programmer", "pengembang", "pengusaha", "pebisnis",
    "pemilik", "owner", "pendiri", "politikus", "politisi", "tokoh",
    "ulama", "budayawan", "sejarawan", "sosiolog", "kriminolog",
    "epidemiolog", "virolog", "ekonomi", "pengajar", "peserta", "penonton",
    "suporter", "fans", "penggemar", "marketing", "public", "relations",
    "communications", "komunikasi", "corporate", "communication",
    "salah", "seorang", "sang", "para", "calon", "caleg", "capres", "cawapres", "cagub", "cabup",
}

# Role words whose next word, capitalised or not, is part of the role:
# "Juru Bicara", "Juru Kampanye", "Juru Parkir".
ROLE_COMPLEMENT_HEADS = {"juru"}

# ---------------------------------------------------------------------------
# 8. Organisations, places and other capitalised words that are not names
# ---------------------------------------------------------------------------
# A capitalised token in this set belongs to an organisation or a place, never
# to a person's name: "Kepala Dinas Pendidikan Kota Surabaya Budi" -> the
# name starts after the last such token.
ORG_WORDS = {
    "kementerian", "kemenkes", "kemendag", "kemenperin", "kemenkeu",
    "kemendikbud", "kemendikbudristek", "kemenag", "kemensos", "kemenkumham",
    "kemenhub", "kemenpar", "kemenaker", "kemnaker", "kemenpppa", "kpppa",
    "kominfo", "kemkominfo", "kemenkominfo", "komdigi", "menkominfo",
    "badan", "dinas", "direktorat", "jenderal", "ditjen", "komisi", "lembaga",
    "pusat", "institut", "institute", "universitas", "university", "sekolah",
    "akademi", "politeknik", "fakultas", "pemerintah", "pemkot", "pemkab",
    "pemprov", "pemda", "kota", "kabupaten", "provinsi", "daerah", "nasional",
    "republik", "dewan", "majelis", "mahkamah", "kejaksaan", "pengadilan",
    "kepolisian", "polri", "polda", "polres", "polsek", "polrestabes", "tni",
    "partai", "asosiasi", "perhimpunan", "ikatan", "himpunan", "yayasan",
    "komunitas", "koperasi", "bank", "pt", "cv", "tbk", "persero", "group",
    "grup", "corp", "corporation", "inc", "ltd", "llc", "foundation",
    "watch", "center", "centre", "forum", "aliansi", "federasi", "serikat",
    "konsorsium", "perum", "perumda", "bumn", "bumd", "perusahaan", "kantor",
    "biro", "bagian", "divisi", "departemen", "seksi", "subdirektorat",
    "subdit", "bidang", "unit", "satuan", "tim", "kelompok", "klub", "club",
    "fc", "united", "city", "persatuan", "sekretariat", "ombudsman",
    "bawaslu", "kpu", "kpk", "ojk", "bi", "bps", "bpom", "bnpb", "bmkg",
    "bulog", "pln", "pertamina", "telkom", "kpai", "komnas", "ylki", "apjii",
    "ppatk", "lpsk", "bssn", "polisi", "rumah", "sakit", "rs", "rsud",
    "puskesmas", "studio", "media", "news", "network", "labs", "lab",
    "digital", "teknologi", "technology", "technologies", "solutions",
    "systems", "komunikasi", "informatika", "keuangan", "perdagangan",
    "perindustrian", "pendidikan", "kebudayaan", "kesehatan", "hukum",
    "agama", "sosial", "pertanian", "perhubungan", "pariwisata", "ekonomi",
    "kreatif", "ketenagakerjaan", "tenaga", "kerja", "perempuan",
    "perlindungan", "pemberdayaan", "riset", "energi", "mineral",
    "lingkungan", "kehutanan", "kelautan", "perikanan", "pertahanan",
    "keamanan", "politik", "hak", "asasi", "manusia", "informasi", "aplikasi",
    "konten", "internet", "siber", "elektronik", "pengawasan", "pengendalian",
    "penanganan", "pengadaan", "penyaluran", "kajian", "studi", "pangan",
    "pasar", "induk", "perguruan", "tinggi", "negeri", "swasta", "umum",
    "khusus", "pelaksana", "operasional", "cabang", "wilayah", "regional",
    "nusantara", "internasional", "global", "asia", "pasifik", "platform",
    "kantor", "pengurus", "dpr", "dpd", "dprd", "mpr", "ri", "bkpm",
    "kemenko", "kemenpan", "kemenpora", "kemenlu", "kemendagri", "kadin", "hipmi", "apindo",
    "resor", "sektor", "metropolitan",
}
PLACE_WORDS = {
    "indonesia", "jakarta", "surabaya", "bandung", "medan", "semarang",
    "makassar", "yogyakarta", "jogja", "solo", "malang", "bali", "denpasar",
    "jawa", "sumatera", "sumatra", "kalimantan", "sulawesi", "papua",
    "maluku", "nusa", "tenggara", "barat", "timur", "tengah", "utara",
    "selatan", "raya", "dki", "diy", "jabar", "jateng", "jatim", "sumut",
    "sumbar", "sumsel", "sulsel", "sulut", "kalbar", "kaltim", "ntb", "ntt",
    "banten", "aceh", "riau", "jambi", "lampung", "bengkulu", "gorontalo",
    "tangerang", "bekasi", "bogor", "depok", "palembang", "pekanbaru",
    "batam", "balikpapan", "samarinda", "manado", "kupang", "mataram",
    "ambon", "jayapura", "tiongkok", "china", "amerika", "serikat", "as",
    "singapura", "malaysia", "jepang", "korea", "eropa", "inggris",
    "australia", "india", "rusia", "arab", "saudi", "thailand", "vietnam",
    "filipina", "belanda", "jerman", "prancis", "perancis", "asean",
    # administrative areas and addresses: "warga Desa Sukamaju, Kecamatan Cibatu"
    "desa", "kelurahan", "kecamatan", "dusun", "kampung", "distrik", "nagari",
    "gampong", "jalan", "jl", "gang", "blok", "rt", "rw", "kompleks", "perumahan",
}
# Company forms: the one or two capitalised words after them name the company
# ("Manajemen PT Lintas Awan"), not a person.
COMPANY_PREFIXES = {"pt", "pt.", "cv", "cv."}
# Heads whose next capitalised word names a place or an institution, when a name
# of two words or more follows it: "Camat Cibeureum Asep Saepudin", "Bupati Garut
# Abdusy Syakur", "Kepala Desa Sukatani Dadang Kurniawan" (and a number: "SMPN 1 X").
PLACE_HEADS = {
    "desa", "kelurahan", "kecamatan", "dusun", "kampung", "kabupaten", "kota", "provinsi",
    "camat", "bupati", "wabup", "gubernur", "wagub", "lurah", "kades", "walikota", "wawali",
    "kapolres", "kapolresta", "kapolda", "kapolsek", "polres", "polda", "polsek", "dandim",
    "danrem", "pangdam", "kodim", "korem", "kodam", "kajari", "kajati", "kejari", "kejati",
    "universitas", "institut", "yayasan", "pesantren", "rsud", "sdn", "smpn", "sman", "smkn",
    "pt", "cv",
}
# Words starting so are ministries and offices, never names: "Kemenkomdigi".
ORG_PREFIXES = ("kemen", "kementrian", "pemkab", "pemkot", "pemprov", "diskominfo", "disdik", "dinkes")
# Words opening a description by where someone lives: the capitalised segments after it
# are its places ("Wulan (38), warga Sleman, Daerah Istimewa Yogyakarta, mengaku").
RESIDENT_WORDS = {"warga", "penduduk", "asal"}
# The first word of a comma segment that only continues a place named in the
# segment before it ("warga Desa Sukamaju, Kecamatan Cibatu, Kabupaten Garut").
AREA_WORDS = {
    "desa", "kelurahan", "kecamatan", "dusun", "kampung", "distrik", "nagari",
    "gampong", "kabupaten", "kota", "provinsi", "kab.", "kec.", "kel.", "ds.",
}
# Words that open a person's name and so mark where it starts inside a long
# capitalised run ("... Ni Luh Putu Sriani", "... Teuku Faizal", "... I Gede ...").
NAME_PREFIXES = {
    "Ni", "I", "Luh", "Putu", "Made", "Wayan", "Kadek", "Komang", "Nyoman",
    "Ketut", "Gede", "Gusti", "Ida", "Anak", "Cokorda", "Teuku", "Tengku",
    "Cut", "Raden", "Andi", "Muhammad", "Mohammad", "Mohamad", "Muhamad",
    "Ahmad", "Achmad", "Abdul", "Siti", "Nur", "Sri", "La", "Wa",
    *NAME_ABBREVIATIONS,
}
# Balinese names open with "I" (men) before one of these: "I Made Sudarsana",
# "I Gusti Ngurah Rai Suryawan", "I Wayan Koster".
BALINESE_AFTER_I = {"Made", "Wayan", "Nyoman", "Ketut", "Putu", "Kadek", "Komang", "Gede", "Gusti",
                    "Nengah", "Ngurah", "Dewa", "Kompyang", "Gst.", "Gst"}
# Of these, the ones that are no ordinary word: a name chosen by the evidence of
# its last word ("kata Arif") still starts at them ("Muhammad Arif").
NAME_OPENERS = NAME_PREFIXES - {"Anak", "La", "Wa", "Ida", "Cut"}
# Capitalised words that end a name run: days, months, time zones, the outlet.
STOP_CAPS = {
    "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu",
    "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus",
    "september", "oktober", "november", "desember", "wib", "wita", "wit",
    "liputan6.com", "liputan6", "tekno", "bisnis",
}
# Capitalised sentence-initial words that are ordinary nouns or function words,
# never a speaker's name ("Pemerintah mengatakan ..." has no named speaker).
GENERIC_SUBJECTS = {
    "pemerintah", "polisi", "pihak", "warga", "masyarakat", "para", "sejumlah",
    "beberapa", "banyak", "semua", "seluruh", "sebagian", "mereka", "kami",
    "kita", "pihaknya", "ini", "itu", "hal", "sumber", "seorang", "salah",
    "orang", "netizen", "warganet", "publik", "perusahaan", "kementerian",
    "lembaga", "aparat", "petugas", "pejabat", "pengguna", "peneliti",
    "pengamat", "ahli", "pakar", "tim", "panitia", "penyidik", "jaksa",
    "hakim", "ia", "dia", "beliau", "saat", "ketika", "namun", "tetapi",
    "sementara", "kemudian", "selain", "adapun", "sebelumnya", "ketua",
    "kepala", "direktur", "menteri", "presiden", "data", "laporan",
}
# Anaphoric noun phrases: a person noun (or a role word) followed by a
# demonstrative refers back to a person: '"...," ujar pria asal Bandung itu',
# "Mantan menteri tersebut mengatakan ...".  "akrab disapa X" names them.
PERSON_NOUNS = {
    "pria", "wanita", "perempuan", "lelaki", "laki-laki", "remaja", "gadis",
    "bocah", "anak", "nenek", "kakek", "ibu", "bapak", "ayah", "suami",
    "istri", "sosok", "figur", "mantan", "pemuda", "pemudi", "lansia",
    "janda", "duda", "perantau", "lulusan", "alumnus", "alumni", "ayahanda",
    "ibunda", "putra", "putri", "cucu", "kakak", "adik", "sulung", "bungsu",
    # who someone is by what they do: "pelantun lagu ... itu", "pemeran film ... itu"
    "pelantun", "pemeran", "pedangdut", "pesinetron", "presenter", "komedian", "rapper",
}
ANAPHOR_PREFIXES = {"sang", "si", "kata", "ujar"}
DEMONSTRATIVES = {"itu", "ini", "tersebut"}
# A role pointing back ("Kalaksa BPBD Garut itu menambahkan", "Kapolres Sleman tersebut")
# is the person met with that role, when there is one, before the last speaker: each word
# of it is a word of that person's role, an abbreviated office standing for its words.
ROLE_ABBREVIATIONS = {
    "kalaksa": "kepala pelaksana", "kapolres": "kepala kepolisian resor",
    "kapolda": "kepala kepolisian daerah", "kapolsek": "kepala kepolisian sektor",
    "kapolri": "kepala kepolisian", "kadis": "kepala dinas", "kadinkes": "kepala dinas kesehatan",
    "kadisdik": "kepala dinas pendidikan", "kabid": "kepala bidang", "kabag": "kepala bagian",
    "kasatreskrim": "kepala satuan reserse kriminal", "kasubdit": "kepala subdirektorat",
    "kajari": "kepala kejaksaan negeri", "kajati": "kepala kejaksaan tinggi",
    "kalapas": "kepala lembaga pemasyarakatan", "sekda": "sekretaris daerah",
    "sekjen": "sekretaris jenderal", "dirut": "direktur utama", "dirjen": "direktur jenderal",
    "wabup": "wakil bupati", "wawali": "wakil wali kota", "wagub": "wakil gubernur",
    "dandim": "komandan distrik militer", "danramil": "komandan rayon militer",
    "menkeu": "menteri keuangan", "menkes": "menteri kesehatan", "mendag": "menteri perdagangan",
    "jubir": "juru bicara", "kadiv": "kepala divisi", "kabiro": "kepala biro",
}
# A generic organisation noun as the whole subject points back at the
# organisation that spoke last ("Manajemen DanaKilat ... menyebutkan ...
# Perusahaan juga menyatakan ..."), when the last speaker was an organisation.
ORG_ANAPHORS = {
    "perusahaan", "manajemen", "kementerian", "lembaga", "instansi", "otoritas",
    "regulator", "operator", "platform", "aplikasi", "korporasi", "emiten", "perseroan",
}
# Such a noun opening a longer description that ends with a demonstrative points back
# the same way: "perusahaan asal Singapura itu menyatakan", "Perusahaan induk Facebook,
# Instagram, dan WhatsApp itu mengaku" (at most this many words).
ORG_EPITHET_MAX_WORDS = 10
# A lower-case noun for an organisation before a capitalised name makes the
# name an organisation's: "manajemen KasKita menyebut", "Pihak TikTok Indonesia".
ORG_LEAD_NOUNS = {"pihak", "manajemen", "perusahaan", "operator", "platform", "aplikasi", "startup", "emiten", "bank", "maskapai"}
# "Pihak TikTok Indonesia mengatakan", "Manajemen KasKita menyebut": capitalised at the
# start of a sentence too (no organisation's name starts with them).
ORG_MARKERS = {"pihak", "manajemen"}
# Words that may stand around such a noun: "pihak perusahaan itu juga".
ORG_ANAPHOR_WORDS = {"pihak", "itu", "ini", "tersebut", "juga", "pun", "sendiri", "kemudian", "lalu"}
# Role words too vague to point back at one person.
GENERIC_ROLE_HEADS = {"salah", "seorang", "para", "orang", "warga", "pengguna", "konsumen", "peserta", "penonton"}
# Unnamed speakers.  A speaker whose name the article does not give still speaks: the
# quote is kept with no speaker (null) and the description as its role, and a "-nya" or
# "Dia" after it refers to that speaker, not to someone named before.
# - "yang enggan disebutkan namanya", "yang meminta namanya tidak disebutkan", "yang minta
#   identitasnya dirahasiakan": one of ANONYMITY_NOUNS and one of ANONYMITY_WORDS in the
#   speaker's noun phrase ("sumber anonim" too);
ANONYMITY_NOUNS = {"nama", "namanya", "identitas", "identitasnya"}
ANONYMITY_WORDS = {"enggan", "tidak", "tak", "minta", "meminta", "dirahasiakan", "disamarkan", "menolak", "anonim"}
# - a source: "ujar sumber tersebut", "Sumber di kementerian itu mengatakan";
SOURCE_NOUNS = {"sumber", "narasumber"}
#   (any noun may be withheld: "Salah satu moderator ... yang meminta namanya tidak ditulis");
# - an indefinite person with no name after it: "Seorang guru honorer asal Depok
#   menuturkan, ...", "kata salah seorang pedagang" (not "kata salah seorang pedagang,
#   Budi"): one of UNNAMED_LEADS, then a person noun, a role word or one of UNNAMED_HEADS.
UNNAMED_LEADS = ["salah seorang", "salah satu", "seorang"]
UNNAMED_HEADS = {"pejabat", "petugas", "pegawai", "staf", "saksi", "penumpang", "penghuni", "tetangga", "kerabat"}
# An unnamed speaker who asks ('"Berapa lama tenggatnya?" tanya seorang wartawan') does
# not become the one a following "ujarnya" points to: the answer is the official's.
QUESTION_CUES = {"tanya", "bertanya", "menanyakan"}
# After one of these a capitalised name is a place, not the person: "seorang pedagang
# sayur asal Cibening", "warga dari Sukamaju".
PLACE_PREPOSITIONS = {"asal", "dari", "di"}

# Lower-case words that may join capitalised tokens inside a name or an
# organisation ("Kementerian Pemberdayaan Perempuan dan Perlindungan Anak",
# "Head of Marketing", "Muhammad bin Salman").
NAME_CONNECTORS = {"dan", "of", "for", "and", "&", "de", "van", "der", "von", "bin", "binti", "al", "el", "la", "le", "the", "br", "br."}
# Connectors allowed inside a *person's* name.
PERSON_CONNECTORS = {"bin", "binti", "van", "der", "von", "de", "al", "el", "br", "br."}  # "br": boru (Batak)
# Lower-case words inside a role, before the name: "Kepala Pelaksana BPBD setempat Zulkifli
# Tanjung", "Kepala Desa setempat Suyono" (the office of the place the story is about).
ROLE_INNER_LOWER = {"setempat"}

# ---------------------------------------------------------------------------
# 9. Sentence and clause structure
# ---------------------------------------------------------------------------
# A comma segment starting with one of these opens a subordinate/introductory
# clause ("Kendati akan bekerja sama, X menegaskan ..."): it is skipped when
# looking for the subject of a speech verb.
CONNECTIVES = {
    "kendati", "meski", "meskipun", "walau", "walaupun", "dengan", "sementara",
    "namun", "tetapi", "akan", "selain", "oleh", "untuk", "terkait", "menanggapi",
    "soal", "mengenai", "sebelumnya", "adapun", "di", "pada", "dalam", "saat",
    "ketika", "usai", "seusai", "setelah", "sesudah", "sebelum", "karena",
    "sebab", "jika", "kalau", "apabila", "bahkan", "lebih", "secara", "sedangkan",
    "senada", "sejalan", "berbeda", "hal", "menurutnya", "sebagai", "atas",
    "dari", "bagi", "kini", "kala", "tak", "tidak", "ia", "dia", "lalu",
    "kemudian", "sehingga", "maka", "awal", "akhir", "pekan", "tahun", "bulan",
}
# Words that may follow a speaker's name before the speech verb and are not
# part of the name: "TikTok Indonesia dalam keterangan resminya menyebut",
# "Budi saat ditemui di Jakarta mengatakan", "Dia juga menuturkan".
ADVERBIAL_STARTS = {
    "dalam", "melalui", "lewat", "via", "saat", "ketika", "kepada", "pada", "misalnya", "contohnya",
    "usai", "seusai", "di", "juga", "pun", "pula", "sendiri", "kemudian",
    "lalu", "lantas", "sebelumnya", "secara", "turut", "kembali", "lebih",
    "selaku", "sebagai", "yang", "sempat", "bahkan", "hanya", "sekadar",
    "tetap", "terus", "langsung", "sambil", "seraya", "menanggapi", "terkait",
    "soal", "mengenai", "tentang", "atas", "seperti", "sebagaimana", "tadi",
    "tegas", "singkat", "mengakhiri", "menutup", "membuka", "menjawab",
    "dikutip", "mengutip", "dilansir", "menirukan", "berulang", "sesaat",
    "sesudah", "setelah", "sebelum", "dari", "beberapa", "waktu", "belum",
    "akhirnya", "kini", "pada", "saat", "ditemui", "dihubungi", "dikonfirmasi",
}
# A reported clause must have a predicate: one of these words, or a verb with
# a meN-/ber-/di-/ter- prefix that is not inside a "yang" relative clause.
# "Polisi mengungkapkan kasus narkoba di Jakarta" has only an object: no quote.
PREDICATE_MARKERS = {
    "akan", "telah", "sudah", "sedang", "tengah", "masih", "harus", "perlu",
    "bisa", "dapat", "mampu", "tidak", "tak", "belum", "bukan", "merupakan",
    "adalah", "ialah", "menjadi", "jadi", "ada", "tetap", "mesti", "wajib",
    "boleh", "mau", "ingin", "sempat", "pernah", "terus", "segera", "baru",
    "cukup", "sangat", "terlalu", "makin", "semakin", "lebih", "kurang",
    "seharusnya", "sebaiknya", "mungkin", "pasti", "hanya", "justru", "memang",
    "masuk", "naik", "turun", "hadir", "datang", "pergi", "pulang", "lahir",
    "mati", "hilang", "habis", "aman", "siap", "penting", "butuh", "punya",
    "kerap", "sering", "jarang", "selalu", "kini", "sekarang", "nanti",
    "banyak", "sedikit", "rugi", "untung", "senang", "kecewa", "kaget",
    "khawatir", "takut", "yakin", "setuju", "tahu", "lupa", "ingat", "paham",
}
# Words after a capitalised word that make it the subject of a clause ("Desi juga
# mengungkapkan"): such a word met alone is a person's short name, not an organisation.
SUBJECT_FOLLOWERS = {"juga", "pun", "telah", "sudah", "akan", "tidak", "tak", "masih", "lalu", "kemudian", "sempat", "belum", "hanya", "kembali", "mengaku", "sendiri"}
# Predicates without a verb prefix (bare verbs, adjectives): they make a clause
# too, but not inside a "yang" relative clause ("kondisi jalan yang sulit").
# "Sutrisno menuturkan pembeli mulai kembali ramai" is reported speech.
BARE_PREDICATES = {
    "mulai", "rela", "enggan", "kembali", "sulit", "mudah", "mahal", "murah",
    "ramai", "sepi", "gagal", "layak", "patut", "usai", "selesai", "lancar",
    "normal", "stabil", "benar", "salah", "tinggi", "rendah", "cepat", "lambat",
    "lengah", "kalah", "menang", "buruk", "baik", "bagus", "sebesar", "sebanyak",
    # ke-...-an verbs of what befalls someone ("warga kehilangan tabungan")
    "kehilangan", "kekurangan", "kelelahan", "kebanjiran", "kehabisan", "kesulitan",
    "kecurian", "ketinggalan", "kelaparan", "kedinginan", "kepanasan", "kewalahan",
    "identik", "sesuai", "cocok", "sama", "palsu", "asli", "penuh", "kosong", "mirip", "serupa",
    "benar-benar", "betul-betul",
    # how the speaker feels, after "mengaku": "mengaku puas dengan penampilan timnya"
    "puas", "senang", "kecewa", "bangga", "sedih", "kaget", "lega", "heran", "yakin",
    "optimistis", "optimis", "pesimistis", "prihatin", "malu", "siap",
}
# Prepositions: after "NOUN itu" they open an adverbial, not a predicate
# ("menjelaskan program itu kepada warga" has no reported clause).
PREPOSITIONS = {
    "kepada", "di", "ke", "dari", "dalam", "pada", "untuk", "dengan", "saat", "ketika",
    "melalui", "secara", "bersama", "sebagai", "oleh", "bagi", "terhadap", "tentang", "atas",
    "sejak", "hingga", "sampai", "menurut", "kepadanya", "yang", "dan", "atau",
}
# After "NOUN itu", these open the time or occasion of saying it, so the noun was
# the object ("mengatakan hal itu saat ditemui wartawan"): no reported clause.
ADVERBIAL_AFTER_OBJECT = {"saat", "ketika", "di", "kepada", "dalam", "pada", "seusai", "usai", "sebelum", "setelah", "melalui", "kemarin"}
# Adverbs of time that open a reported clause rather than a circumstance of the
# saying: "Menurut X, saat ini ada banyak nomor aktif, ..." (not "saat dihubungi").
TIME_ADVERBS = ["saat ini", "kini", "sekarang", "hingga kini", "sampai saat ini", "saat itu", "hingga saat ini"]
# A clause opening with a quantifier is one ("sebagian besar korban perempuan").
CLAUSE_QUANTIFIERS = {"sebagian", "mayoritas", "kebanyakan"}
# "membantah anggapan bahwa X": X is the claim denied, not a statement of the speaker's.
DENIAL_VERBS = {"membantah", "menampik", "menyangkal"}
CLAIM_NOUNS = {"anggapan", "kabar", "tudingan", "tuduhan", "isu", "rumor", "informasi", "laporan", "klaim", "pernyataan", "spekulasi"}
# After a verb that needs a clause (SPEECH_VERBS_NEED_CLAUSE), these opening it make it
# one without "bahwa": "membenarkan pihaknya tengah menyelidiki", "memastikan dirinya
# tidak terlibat" (they do not stand as its object).
CLAUSE_OPENING_SUBJECTS = {"pihaknya", "dirinya"}
# ... unless a purpose follows them: "mengingatkan pihaknya agar berhati-hati" (an object).
PURPOSE_WORDS = {"agar", "supaya", "untuk", "demi"}
# A reported clause opening with a subject pronoun ("mengatakan dirinya rela
# antre ...", "menuturkan pihaknya ...") is a clause whatever its predicate.
CLAUSE_SUBJECT_PRONOUNS = {
    "dirinya", "pihaknya", "ia", "dia", "beliau", "mereka", "kami", "kita",
    "saya", "aku",
}
# A clause part standing before a mid-sentence "menurut X," is kept in the
# reported text ("Kebijakan itu, menurut Budi, akan ...") unless it opens with
# one of these (an adverbial: "Adapun di Indonesia, menurut X, ...").
CLAUSE_PREFIX_SKIP = {
    "adapun", "namun", "tetapi", "tapi", "sementara", "sedangkan", "nah", "lalu",
    "kemudian", "bahkan", "justru", "padahal", "jadi", "ke", "di", "dari", "pada",
    "dalam", "untuk", "bagi", "sejak", "hingga", "selama", "saat", "ketika", "kini",
    "sekarang", "nanti", "tahun", "bulan", "pekan", "hari", "selain", "terkait",
    "soal", "mengenai", "tentang", "dengan", "karena", "oleh", "meski", "meskipun",
    "walau", "walaupun", "kendati", "secara", "akhirnya", "sebelumnya", "sebab",
}
# Verb prefixes (active meN-, ber-; passive di-, ter-): a lower-case word with
# one of them and three more letters is taken as a verb.
VERB_PREFIXES = ("meng", "meny", "mem", "men", "me", "ber", "di", "ter")
# Words that look like verbs by their prefix (meN-, ber-, di-, ter-) but are
# not predicates: prepositions, determiners, nouns.  "Polisi mengungkapkan
# jaringan tersebut" has no predicate in its object.
NOT_VERBS = {
    "tersebut", "terhadap", "terkait", "terutama", "tertentu", "termasuk",
    "ternyata", "terakhir", "terbaru", "terbesar", "tertinggi", "terendah",
    "terbaik", "terburuk", "terbanyak", "terdekat", "terjauh", "terpopuler",
    "terima", "teras", "ternak", "bersama", "berbagai", "berikut", "berikutnya",
    "beberapa", "berdasarkan", "beserta", "berupa", "berita", "berkas",
    "bersama-sama", "mereka", "melalui", "menurut", "mengenai", "menjelang",
    "meskipun", "menuju", "dinas", "digital", "direktur", "direksi",
    "diskusi", "dirinya", "dinamika", "diskon", "dimensi", "diploma",
    "merah", "merdeka", "menteri", "meja", "media", "medis", "metode",
    "member", "mesin", "menit", "memori", "merek", "mental", "meter",
    "terminal", "termin", "teritori", "berlian", "bermacam", "beragam",
    "berbeda", "bersih", "berat", "besar", "tersendiri",
}
# First words of "Hal senada disampaikan X" (X becomes the current speaker).
SAME_VIEW_HEADS = {"hal", "pendapat", "pandangan", "pernyataan", "sikap", "penilaian", "komentar",
                   "penjelasan", "keterangan", "tanggapan", "jawaban"}
# Introduction of a person as the subject of the following discourse:
# "Salah satu pengguna yang terdampak adalah Siti ..., desainer ...".
COPULAS = {"adalah", "ialah", "yakni", "yaitu", "merupakan"}

# ---------------------------------------------------------------------------
# 10. Quoted terms and titles (not quotes)
# ---------------------------------------------------------------------------
# A quoted span right after one of these words names something: a title, a
# programme, a hashtag, a term.  'Kegiatan bertajuk "Arek Melek Digital"'.
TERM_INTRODUCERS = {
    "bertajuk", "berjudul", "bertema", "bertemakan", "bernama", "bernamakan",
    "berjuluk", "dijuluki", "julukan", "disebut", "disebutnya", "istilah",
    "istilahnya", "tagar", "hashtag", "slogan", "semboyan", "moto", "motto",
    "tema", "judul", "kategori", "program", "acara", "kampanye", "gerakan",
    "film", "lagu", "album", "buku", "novel", "aplikasi", "fitur", "gaya",
    "bergaya", "label", "kata", "frasa", "frase", "sebutan", "akun", "grup",
    "kanal", "channel", "rubrik", "segmen", "operasi", "sandi", "kode",
    "dengan", "alias", "ala", "versi", "konsep", "jargon", "lema", "kalimat",
    "status", "berlabel", "menyebutnya", "dinamai", "dinamakan", "diberi",
    "nama", "bertuliskan", "tulisan", "berbunyi",
}
# A quoted span that is not attributed is still a quote (continuing the last
# speaker) only if it looks like speech: at least this many words, or a
# sentence-ending mark inside.
MIN_WORDS_UNATTRIBUTED_QUOTE = 6

# ---------------------------------------------------------------------------
# 11. Attribution phrases around speech
# ---------------------------------------------------------------------------
# The complementizer of reported speech: "X mengatakan bahwa ...".
COMPLEMENTIZER = "bahwa"
# Adverbs allowed between a speech verb and what it introduces:
# 'Budi menegaskan kembali, "..."'.
VERB_MODIFIERS = {"juga", "pun", "kembali", "lagi", "pula"}
# A speech verb right after one of these is not the main predicate of the
# sentence ("pihak yang mengatakan", "untuk menjelaskan", "enggan menyebut").
NOT_MAIN_VERB_AFTER = {
    "yang", "untuk", "akan", "tidak", "belum", "enggan", "bisa", "dapat",
    "harus", "ingin", "sempat", "tak", "mau", "hendak", "agar", "supaya",
}
# '"..." Hal itu disampaikan Budi di Jakarta.': a passive attribution in the
# sentence after a quote names its speaker.  The subject phrases, then the verbs.
PASSIVE_ATTRIBUTION_SUBJECTS = [
    "hal itu", "hal ini", "hal tersebut", "demikian", "begitu", "pernyataan itu",
    "pernyataan ini", "pernyataan tersebut", "penjelasan itu", "penjelasan ini",
    "penjelasan tersebut", "keterangan itu", "keterangan tersebut",
]
PASSIVE_SPEECH_VERBS = {
    "disampaikan", "dikatakan", "diungkapkan", "diungkap", "dijelaskan",
    "ditegaskan", "dituturkan", "dipaparkan", "diutarakan", "dikemukakan",
    "dilontarkan", "dibenarkan", "dikonfirmasi",
}
# "Hal senada disampaikan X" makes X the current speaker (no quote of its own):
# SAME_VIEW_HEADS + one of these + a passive speech verb.
SAME_VIEW_MODIFIERS = ["senada", "serupa", "yang sama", "sama", "berbeda", "itu", "ini", "tersebut"]
# "petani bernama Karyo (58)": the word that introduces a person by name in
# narration (then the subject a following "Ia" refers to).
NAME_INTRODUCER = "bernama"
# "Tersangka berinisial RH": a person known by initials ("inisial" is in both).
INITIALS_INTRODUCER = "inisial"
# "Kepala Bidang Data, Informasi, dan Humas ...": the conjunctions of a list in a role.
LIST_CONJUNCTIONS = {"dan", "serta"}
# "Salah satu korban, sebut saja Mawar, ...", "Mawar (bukan nama sebenarnya)": a name the
# article gives in place of the real one is the speaker's name (pattern, case-insensitive).
PSEUDONYM_PATTERN = r"^\s*sebut\s+saja\s+|\s*\(?\s*bukan\s+nama\s+(?:sebenarnya|asli(?:nya)?)\s*\)?"
# "Siti Rohmah alias Mak Iroh": the name, then the name the person is also known by.
ALIAS_WORD = "alias"
# A group named by what it calls itself: 'Kelompok peretas yang menamakan diri "Kalong
# Hitam" mengklaim ...' (the speaker is the name given, an organisation).
SELF_NAMING = ["menamakan dirinya", "menamakan diri", "menyebut dirinya", "menyebut diri", "mengatasnamakan"]
# "Bima Aditya atau yang akrab disapa Bimo": the word before a nickname's introducer.
NICKNAME_OR = "atau"
# "pria yang akrab disapa Parman itu": the words that introduce a nickname.
NICKNAME_INTRODUCERS = ["akrab disapa", "karib disapa", "akrab dipanggil", "disapa", "dipanggil",
                        "dikenal dengan nama akun", "dikenal dengan nama", "dikenal dengan julukan"]
# ... and after a nickname, its full name: "kata Siska, sapaan akrab Fransiska"
NICKNAME_OF = ["sapaan akrab", "sapaan karib", "panggilan akrab", "sapaan"]
# "Menurut Rahmat, yang juga Ketua RT 05, ...": words between "yang" and the role.
RELATIVE_ROLE_LEADS = {"juga", "kini", "saat", "adalah", "merupakan", "sekaligus", "sebelumnya"}
# A segment after a speaker that opens with one of these is part of the
# reported clause, not a circumstance to skip: "Menurut Budi, di Jakarta ...".
CLAUSE_INITIAL_PREPOSITIONS = {"di", "pada", "dalam"}

# ---------------------------------------------------------------------------
# 12. Page structure
# ---------------------------------------------------------------------------
# A paragraph with at most this many words and no sentence-final punctuation is
# a sub-heading of a later page.  Sub-headings end a quote continuation but not
# the discourse (a pronoun after a sub-heading still refers to the last speaker).
MAX_SUBHEADING_WORDS = 14
