"""Figures: numeric quantities in Indonesian news text.

Pure functions, no I/O, plain ``re`` only (all patterns are compiled at import).

    find_figures(paragraphs) -> list of figure dicts, in text order
    parse_number(s)          -> float | None

A *figure* is a quantity written with digits (``48.750``, ``2,5``, ``Rp 1,5 triliun``,
``30%``) or a number word joined to a scale word (``dua juta``). Each figure dict::

    {"text": "Rp 1,5 triliun",      # the numeric expression as written
     "value": 1500000000000,        # int when integral, else float (lower bound of a range)
     "upper": None,                 # upper bound of a range ("10-20 persen"), else None
     "unit": "rupiah",              # the noun the number counts, lower case, or None
     "qualifier": "lebih dari",     # hedge before the number, normalised, or None
     "sentence": "...",             # the sentence it stands in
     "paragraph": 0,                # index into ``paragraphs``
     "start": 12, "end": 26}        # character span of ``text`` in that paragraph

How a paragraph is read, in order:

1. Spans that are never figures are marked first: phone numbers, clock times
   (``pukul 14.30``, ``17.00 WIB``), dates (``5 Oktober 2023``, ``14/3/2021``), page
   counters (``2 dari 3 halaman``) and regulation numbers (``17 Tahun 2025``).
2. Every number is found (digits, or number words ending in a scale word) together with
   what is glued to it: a currency before it (Rp, US$...), a scale word after it
   (ribu/rb, juta/jt, miliar/M, triliun/T), percent (persen, %) or a currency word.
3. Numbers that are not quantities are dropped: calendar years, ordinals (``ke-5``),
   identifiers (a number after Nomor/Pasal/ayat/UU/PP..., after a name such as
   ``Dota 2``, or glued to letters as in ``COVID-19``, ``5G``), scores (``2-1``) and
   malformed numerals (``1.2.3``).
4. Two numbers joined by ``-``, ``hingga``, ``sampai`` (or ``antara .. dan ..``) become
   one range when the first is smaller; a scale word on the second applies to both.
5. The unit is, in order of preference: what follows the number (currency, percent, or
   the next noun: ``10 juta pengguna``); the unit of the next number in the same
   construction (``dari 175 menjadi 353 hoaks``); the unit of the previous number in the
   same construction (``naik dari 175 hoaks menjadi 353``, ``9 penyelamatan, 3 di
   antaranya``); a counting noun earlier in the clause (``pengguna aktif bulanan ...
   mencapai 10 juta``); ``tahun`` after usia/berusia; ``rupiah`` for a scaled amount in a
   money clause (``harga tiket mencapai 50 ribu``).
6. The qualifier is the hedge right before the number (``lebih dari``, ``sekitar``,
   ``hampir``...), or a ``lebih`` right after it (``10 ribu lebih``).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from operator import attrgetter

__all__ = ["find_figures", "parse_number"]

# ---------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------

SCALE_WORDS = {
    "ribu": 10**3, "rb": 10**3,
    "juta": 10**6, "jt": 10**6,
    "miliar": 10**9, "milyar": 10**9,
    "triliun": 10**12, "trilyun": 10**12,
    "million": 10**6, "billion": 10**9, "trillion": 10**12,
}
# one-letter short forms, only read as a scale right after a currency ("Rp 5 M")
SCALE_LETTERS = {"K": 10**3, "M": 10**9, "B": 10**9, "T": 10**12, "Mn": 10**6, "Bn": 10**9}

CURRENCY_PREFIX = {
    "rp": "rupiah", "rp.": "rupiah", "idr": "rupiah",
    "us$": "dolar", "usd": "dolar", "$": "dolar", "s$": "dolar", "sgd": "dolar",
    "a$": "dolar", "au$": "dolar", "hk$": "dolar",
    "rm": "ringgit", "€": "euro", "eur": "euro", "£": "pound", "gbp": "pound",
    "¥": "yen", "jpy": "yen",
}
CURRENCY_WORDS = {
    "rupiah": "rupiah", "idr": "rupiah",
    "dolar": "dolar", "dollar": "dolar", "usd": "dolar",
    "euro": "euro", "yen": "yen", "yuan": "yuan", "renminbi": "yuan", "ringgit": "ringgit",
    "baht": "baht", "peso": "peso", "rupee": "rupee", "riyal": "riyal", "dirham": "dirham",
    "pound": "pound", "poundsterling": "pound", "franc": "franc",
}

MONTHS = (
    "januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|"
    "nopember|november|desember|january|february|march|june|july|august|october|december|"
    "jan|feb|mar|apr|jun|jul|agu|agt|ags|aug|sep|sept|okt|oct|nov|des|dec"
)
MONTH_SET = frozenset(MONTHS.split("|"))
TIME_ZONES = frozenset({"wib", "wita", "wit", "gmt", "utc"})

# Counting nouns: what a number counts. Used to accept the word after a number and,
# for the COUNT_NOUNS part, to find a unit standing before the number.
COUNT_NOUNS = frozenset("""
orang jiwa warga penduduk pengguna pelanggan penonton pengunjung peserta siswa siswi pelajar
mahasiswa murid santri guru dosen pegawai karyawan pekerja buruh petani nelayan pedagang
penjual pembeli konsumen nasabah investor kreator pegiat relawan korban pasien dokter perawat
bidan tersangka terdakwa terpidana narapidana tahanan pelaku anggota personel prajurit polisi
tentara atlet pemain pemilih pendukung suporter penumpang pemudik wisatawan turis jemaah
jamaah pengikut follower followers subscriber subscribers pelamar peminat pendaftar penerima
calon kandidat anak bayi balita remaja perempuan wanita pria ibu keluarga kepala rumah unit
buah biji ekor lembar helai batang butir potong pasang set paket dosis vial tablet botol
kotak karung kardus kantong kasus laporan aduan pengaduan keluhan konten video foto gambar
akun situs website web domain aplikasi tautan link url unggahan postingan posting kiriman
komentar pesan email surel twit tweet cuitan likes like view views tayangan penayangan
kunjungan klik unduhan pengunduh download hoaks hoax berita artikel judul kata halaman dokumen berkas
file transaksi pesanan order produk barang item merek toko gerai outlet cabang kantor
perusahaan startup usaha umkm pse platform layanan server perangkat ponsel smartphone laptop
komputer kendaraan mobil motor sepeda truk bus kapal pesawat kereta gerbong bangunan gedung
sekolah kampus universitas madrasah pesantren puskesmas desa kelurahan kecamatan kabupaten
kota provinsi negara daerah wilayah titik lokasi tempat pulau kursi suara gol poin tembakan
pertandingan laga tim klub medali trofi gelar kartu pelanggaran penyelamatan ronde lagu album
film buku proyek program kegiatan acara sesi kelas kelompok grup komunitas organisasi lembaga
instansi kementerian partai fraksi rekening nomor tiket sapi kambing ayam pohon bibit hewan
spesies jenis kategori sektor fitur model varian saham lot emiten bank operator moderator
verifikator pejabat menteri hakim jaksa advokat pengacara wartawan jurnalis media penerbit
penyedia penyelenggara pelaku vendor mitra pengemudi ojek driver kurir sopir pilot awak
peneliti ilmuwan pakar ahli negara-negara sekolah-sekolah kamera sensor baterai chip ruas
jalan jembatan bendungan rumah-rumah rt rw tps kpps bus kapal armada gudang pabrik tambang
sumur blok kavling hunian apartemen kamar ruangan lantai kursi meja bangku ton barel
kilogram kg gram ons kuintal liter meter km kilometer cm mm hektare hektar ha mil inci inchi
derajat watt kw mw gw kwh mwh volt gb mb tb kb mbps gbps piksel megapiksel mp mah porsi
kalori sendok gelas cangkir pcs box dus sak kaleng pack bungkus eksemplar copy kopi keping
episode musim seri laga edisi tayang putaran lap gelombang tahap angkatan terminal ternak
terowongan sr skala peringkat periode langkah babak kuota slot dosis
detik menit jam hari minggu pekan bulan tahun dekade abad malam kali lipat
""".split())

# units of time and measure: accepted right after a number, never searched for backwards
MEASURE_NOUNS = frozenset("""
ton barel kilogram kg gram ons kuintal liter meter km kilometer cm mm hektare hektar ha mil
inci inchi derajat watt kw mw gw kwh mwh volt gb mb tb kb mbps gbps piksel megapiksel mp mah
detik menit jam hari minggu pekan bulan tahun dekade abad malam kali lipat porsi kalori
""".split())
BACKWARD_NOUNS = COUNT_NOUNS - MEASURE_NOUNS - frozenset(
    "kepala nomor kata kartu set model jenis kategori sektor musim seri edisi tayang putaran "
    "tahap gelombang angkatan tempat lokasi titik daerah wilayah negara media kelas halaman "
    "lantai kamar ruangan blok jalan rumah".split())

# two-word units ("300 kata kunci")
COMPOUND_UNITS = frozenset("""
kata kunci|kepala keluarga|rumah tangga|rumah sakit|sepak pojok|kartu kuning|kartu merah|
tempat tidur|meter persegi|kilometer persegi|meter kubik|derajat celsius|hari kerja|
anak usaha|calon penumpang|kepala daerah|tenaga kerja|tenaga kesehatan|tenaga medis|
satuan pendidikan|kepala sekolah|surat suara|sepeda motor|kata sandi|basis poin
""".replace("\n", "").split("|"))

# the first words of COMPOUND_UNITS (each is two words)
_COMPOUND_FIRST = frozenset(c.split(" ")[0] for c in COMPOUND_UNITS)

# words after a number that are not what it counts
STOP_AFTER = frozenset("""
yang dan atau di ke dari pada dalam untuk dengan per itu ini tersebut saja pun lagi sudah telah
akan masih lebih kurang hingga sampai menjadi jadi sebagai oleh bagi terakhir pertama
berikutnya lalu silam kemudian sebelumnya mendatang sekaligus secara sejak antara atas bawah
adalah ialah merupakan tak tidak bisa dapat harus wajib baru hanya cuma sebesar sekitar
hampir mencapai jika kalau karena namun tetapi tapi serta maupun bahkan sehingga agar supaya
bila saat ketika setelah sebelum selama sesudah usai seusai menurut ujar tutur jelas
sebanyak senilai seharga berjumlah sementara sedangkan juga pula kini nanti terbesar
terbanyak teratas terbaik tertinggi terendah besar kecil awal akhir saja semua seluruh
sisanya lainnya lain diantaranya antaranya setiap tiap para sang si tersisa banyak sedikit
an nya sekitarnya lebihnya kurangnya rata-rata terhadap tentang soal akibat
melalui lewat via hari-hari sendiri masing-masing sama beda berbeda setahun sebulan sehari
sepekan seminggu sejam semalam sekali hilang tewas luka selamat hadir lolos gagal aktif positif
negatif sembuh mati rusak hancur hanyut kritis parah ringan berat tersisa sisa lainnya
""".split())

# words that look like prefixed verbs but are nouns or adjectives
NOT_VERBS = frozenset("""
digital diskon dinas dinding dingin direktur direktorat direksi dirut diri dimensi diplomat
diplomasi distribusi distributor disiplin diet diesel dividen diaspora diagnosis dialog diabetes
digit dini dinamis dinasti disabilitas diskusi distrik divisi diva dialek diktator dirgahayu
beras berita berkas beruang berlian beranda belanja beliau belakang belum
terminal teras teroris terorisme terapi termin ternak termos terompet terowongan tertib
menteri mentor member merchant meriam merpati
""".split())

# hedges before a number -> normalised qualifier
QUALIFIERS = {
    "lebih dari": "lebih dari", "lebih daripada": "lebih dari", "di atas": "lebih dari",
    "kurang dari": "kurang dari", "di bawah": "kurang dari", "tidak sampai": "kurang dari",
    "tak sampai": "kurang dari", "tidak mencapai": "kurang dari",
    "kurang lebih": "kurang lebih", "lebih kurang": "kurang lebih", "kurang-lebih": "kurang lebih",
    "sekitar": "sekitar", "sekira": "sekitar", "sekitaran": "sekitar", "kira-kira": "sekitar",
    "kisaran": "sekitar", "di kisaran": "sekitar", "berkisar": "sekitar", "diperkirakan": "sekitar",
    "ditaksir": "sekitar",
    "hampir": "hampir", "nyaris": "hampir", "mendekati": "hampir", "hampir mencapai": "hampir",
    "mencapai": "mencapai", "capai": "mencapai", "menembus": "mencapai", "tembus": "mencapai",
    "hingga": "hingga", "sampai": "hingga", "sampai dengan": "hingga", "s.d.": "hingga",
    "s/d": "hingga",
    "sebanyak": "sebanyak", "sejumlah": "sebanyak", "berjumlah": "sebanyak",
    "setidaknya": "setidaknya", "sedikitnya": "setidaknya", "paling sedikit": "setidaknya",
    "paling tidak": "setidaknya", "minimal": "setidaknya", "minimum": "setidaknya",
    "sekurang-kurangnya": "setidaknya", "sekurangnya": "setidaknya",
    "tidak kurang dari": "setidaknya", "tak kurang dari": "setidaknya",
    "paling banyak": "paling banyak", "maksimal": "paling banyak", "maksimum": "paling banyak",
    "sebanyak-banyaknya": "paling banyak", "tidak lebih dari": "paling banyak",
    "tak lebih dari": "paling banyak", "setinggi-tingginya": "paling banyak",
    "sebesar": "sebesar", "senilai": "senilai", "seharga": "seharga",
    "rata-rata": "rata-rata", "hanya": "hanya", "cuma": "hanya", "antara": "antara",
}
# hedges that say something about the size win over plain verbs of amounting
WEAK_QUALIFIERS = frozenset({"mencapai", "hingga", "sebanyak", "sebesar", "senilai", "seharga"})
SYMBOL_QUALIFIERS = {">": "lebih dari", "<": "kurang dari", "≥": "setidaknya", "≤": "paling banyak",
                     "±": "sekitar", "~": "sekitar", "+/-": "sekitar"}

# a number right after one of these words is an identifier, a position or a time
ID_TRIGGERS = frozenset("""
nomor no nomer nmr nr pasal ayat huruf butir bab lampiran versi ver seri tipe type jilid edisi
volume vol kelas lantai blok kav kavling rt rw jalan jl jln gang gg km kode pin gate pintu
gerbang ruang ruangan kamar halaman hal pukul pkl tanggal tgl abad peringkat ranking rangking
urutan urut posisi juara grup group gelombang tahap fase sesi babak episode season putaran
level generasi gen part chapter bagian sila angkatan liga telepon telp tel hp wa whatsapp
hotline ext sms nik npwp nip nrp sk uu pp perpres perppu perpu perda pergub perwal perwali
perbup keppres kepres inpres se pojk seojk pbi perkap perpol perma sema perban perkom kuhp
kuhap uud ruu raperda kuartal triwulan semester kloter zona sektor game gim kode punggung
koridor rute jalur peron dermaga gardu loket pos
""".split())
# soft triggers: an identifier only when no unit follows ("tahun 2023" vs "1 tahun 6 bulan")
SOFT_TRIGGERS = frozenset({"tahun", "thn", "th", "jam", "menit", "pekan", "minggu",
                           "iso"})        # a standard: "ISO 27001"
# a number of three digits or more after these is one to call: "menghubungi 110", "hubungi 112"
CALL_WORDS = frozenset({"menghubungi", "hubungi", "telepon", "menelepon", "call"})
CALL_FOLLOWERS = frozenset({"atau", "untuk", "jika", "bila", "apabila", "dan", "di", "yang", "secara"})
ID_PREFIXES = ("permen", "kepmen", "perdirjen", "perka", "perber")

# capitalised words after which a bare number is still a quantity ("Sebanyak 27 ...")
FUNCTION_WORDS = frozenset("""
sebanyak sekitar sekira hampir nyaris lebih kurang ada terdapat total hanya cuma baru sedikitnya
setidaknya sejumlah sebesar mencapai capai tembus menembus dari dengan dalam selama pada hingga
sampai kini sekarang tercatat naik turun setiap tiap para dan atau yakni yaitu ialah adalah
tinggal masih sudah telah mencatat sisanya kemudian lalu bahkan namun tetapi juga itu ini
""".split())

MONEY_WORDS = frozenset("""
harga biaya tarif dana anggaran gaji upah omzet omset pendapatan penghasilan laba keuntungan
untung kerugian rugi investasi modal utang hutang pinjaman denda subsidi pajak cukai royalti
hadiah uang tunai insentif honor tunjangan santunan belanja transaksi nilai aset kekayaan
pembiayaan kredit tabungan deposito iuran premi ongkos tagihan setoran seharga senilai
""".split())
SCORE_WORDS = frozenset("""
skor menang kalah imbang unggul tertinggal kemenangan kekalahan menundukkan menaklukkan tekuk
menekuk membungkam mengalahkan agregat gol hasil bermain berakhir
""".split())
# connectors inside a list ("9 penyelamatan, 3 di antaranya"; "4 juta petani dan 2 juta")
LIST_LINKS = frozenset({",", "dan", "atau", "serta", "maupun", "sedangkan", "sementara", "x"})
# connectors of a change; only a "dari X ... menjadi Y" construction shares its unit
CHANGE_LINKS = frozenset({"menjadi", "jadi", "ke", "hingga", "sampai"})

NUMBER_WORDS = {
    "nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "delapan": 8, "sembilan": 9,
}
SE_WORDS = {"sepuluh": 10, "sebelas": 11, "seratus": 100}
SE_SCALES = {"seribu": 10**3, "sejuta": 10**6, "semiliar": 10**9, "semilyar": 10**9, "setriliun": 10**12}
BIG_SCALE_WORDS = {"ribu": 10**3, "juta": 10**6, "miliar": 10**9, "milyar": 10**9,
                   "triliun": 10**12, "trilyun": 10**12}

# words of the predicate between a noun phrase and its number ("sudah mencapai")
PREDICATE_WORDS = frozenset("""
telah sudah masih kini baru akan hanya cuma sempat pun juga bahkan tercatat terdapat ada
adalah ialah merupakan yakni yaitu itu ini tersebut sendiri saat sekarang kemarin total
totalnya sebanyak sekitar naik turun capai tembus hadir punya ikut masuk tiba tinggal
bertambah berkurang meningkat menurun melonjak anjlok merosot mencapai menembus
diperkirakan ditaksir diprediksi disebut diklaim tahun lalu ini kali menjadi jadi tetap
berjumlah sebesar mencatatkan hanya cuma tinggal sisa bahkan lagi pula
""".split())
# words that end a noun phrase when walking left from the number
NP_BREAKS = frozenset({"dan", "atau", "serta", "maupun", "sedangkan", "sementara", "namun",
                       "tetapi", "tapi", "karena", "sehingga", "bahwa", "jika", "kalau",
                       "menurut", "kata", "ujar", "tutur", "sebanyak"})
# a number right after these words has this unit ("berusia 17", "bermagnitudo 5,6")
PREFIX_UNITS = {"usia": "tahun", "umur": "tahun", "berusia": "tahun", "berumur": "tahun",
                "usianya": "tahun", "umurnya": "tahun", "magnitudo": "magnitudo",
                "bermagnitudo": "magnitudo"}
DECADE_WORDS = frozenset({"tahun", "era", "dekade", "awal", "akhir", "medio", "pertengahan"})
TIME_WORDS = frozenset({"detik", "menit", "jam", "hari", "minggu", "pekan", "bulan", "tahun", "dekade", "abad"})
TIME_DEICTICS = frozenset({"lalu", "ini", "depan", "kemarin", "silam", "sebelumnya", "mendatang", "berikutnya"})
# verbs of change: "1.500 laporan, naik menjadi 2.300" shares the unit
CHANGE_VERBS = frozenset("""
naik turun meningkat menurun bertambah berkurang melonjak anjlok merosot melambung tumbuh
membengkak menyusut berubah
""".split())

# ---------------------------------------------------------------------------
# Compiled patterns
# ---------------------------------------------------------------------------

_NUMERAL_RE = re.compile(r"\d+(?:[.,:]\d+)*")
_WN_START = "|".join(list(NUMBER_WORDS) + list(SE_WORDS) + list(SE_SCALES) + ["setengah"])
_WN_ANY = "|".join(list(NUMBER_WORDS) + list(SE_WORDS) + list(SE_SCALES)
                   + ["setengah", "belas", "puluh", "ratus"] + list(BIG_SCALE_WORDS))
_WORDNUM_RE = re.compile(rf"(?i)(?<![\w-])(?:{_WN_START})(?:\s+(?:{_WN_ANY}))*(?![\w-])")


def _first_letter_first(words):
    r"""``(?<![\w-])(?:w1|w2|...)`` (lower-case words, case-sensitive) with a character
    class first, so that the regex engine skips to the words' first letters; the
    words keep their order within each first letter."""
    groups: dict = {}
    for w in words:
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    alts = "|".join(f"(?<={k}){'(?:' + '|'.join(v) + ')'}" for k, v in groups.items())
    return rf"[{''.join(groups)}](?<![\w-].)(?:{alts})"


# _WORDNUM_RE for a lower-cased text (see _wordnum_spans)
_WORDNUM_LOW_RE = re.compile(
    _first_letter_first(_WN_START.split("|")) + rf"(?:\s+(?:{_WN_ANY}))*(?![\w-])")

_CUR_BEFORE_RE = re.compile(
    r"(?<![\w$])(Rp\.?|IDR|USD|US\s?\$|SGD|S\$|AU?\$|HK\$|RM|EUR|€|£|GBP|¥|JPY|\$)\s*$")
_SCALE_AFTER_RE = re.compile(
    r"\s*(?:(?P<w>(?i:ribu|rb|juta|jt|miliar|milyar|triliun|trilyun|million|billion|trillion))(?P<an>(?i:an))?"
    r"|(?P<l>Mn|Bn|M|T|K|B))(?![\w])")
_PERCENT_AFTER = r"%|(?i:persen|per\s?sen)(?![\w])"
_PERCENT_AFTER_RE = re.compile(rf"\s*(?:{_PERCENT_AFTER})")
_CUR_AFTER = (
    r"(?i:(?P<c>rupiah|idr|dolar|dollar|usd|euro|yen|yuan|renminbi|ringgit|baht|peso|rupee|"
    r"riyal|dirham|poundsterling|pound|franc))(?![\w])"
    r"(?:\s+(?:AS|Amerika(?:\s+Serikat)?|Singapura|Australia|Hong\s+Kong|Kanada|Taiwan|Brunei))?")
_CUR_AFTER_RE = re.compile(r"\s*" + _CUR_AFTER)
_GLUED_UNIT_RE = re.compile(
    r"(?i:(?P<g>kwh|mwh|kw|mw|gw|mbps|gbps|kbps|ghz|mhz|khz|hz|km|kg|cm|mm|ml|gb|mb|tb|kb|mah|mp|ha|x|(?-i:m)))(?![\w])")
_DEGREE_AFTER = r"°\s?[CF]?(?![\w])"
_DEGREE_RE = re.compile(r"\s*" + _DEGREE_AFTER)
# _PERCENT_AFTER_RE, _CUR_AFTER_RE and _DEGREE_RE tried in this order in one call (after
# the shared white space each alternative needs a character that white space is not, so
# none matches after less of it)
_SUFFIX_AFTER_RE = re.compile(rf"\s*(?:(?P<pct>{_PERCENT_AFTER})|{_CUR_AFTER}|(?P<deg>{_DEGREE_AFTER}))")
_WORD_AFTER_RE = re.compile(r"\s*([^\W\d_]+(?:-[^\W\d_]+)*)")
_WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+(?:[.,]\d+)*|[^\w\s]")
_LAST_RUN_REV_RE = re.compile(r"[^\w-]*([\w.-]*)")   # on the reversed text: the tail, the last run
_LAST_WORD_RE = re.compile(r"([^\W\d_][\w.-]*?)\.?\s*[.:#]?\s*\(?\s*$")
_LETTER_HYPHEN_BEFORE_RE = re.compile(r"[^\W\d_]-$")
_MINUS_BEFORE_RE = re.compile(r"(?:(?<![\w.,%-])[-−]|(?<![\w-])(?i:minus)\s+)$")
_LEBIH_AFTER_RE = re.compile(r"\s+(?i:lebih)(?=\s+[^\W\d_]|\s*[,.;:)]|\s*$)(?!\s+(?i:dari|daripada)\b)")

_QUALS_BY_LAST: dict[str, list[str]] = {}
for _q in sorted(QUALIFIERS, key=len, reverse=True):
    _QUALS_BY_LAST.setdefault(_q.split()[-1], []).append(_q)


def _qual_chain(text: str):
    """The hedges ending ``text`` (each followed by whitespace): (start, [phrases]).

    "mencapai sekitar " -> (0, ["mencapai", "sekitar"]); no hedge -> (len(text), []).
    """
    if not text[-1:].isspace():           # no hedge (the loop below would stop at once)
        return len(text), []
    low = text.lower()
    end = len(low)
    found = []
    while True:
        body = low[:end]
        stripped = body.rstrip()
        if len(stripped) == len(body):        # a hedge must be followed by whitespace
            break
        last = stripped[stripped.rfind(" ") + 1:]
        if "\t" in last or "\xa0" in last:  # rare: cut at the last of the three instead
            last = stripped[max(stripped.rfind(" "), stripped.rfind("\t"), stripped.rfind("\xa0")) + 1:]
        hit = None
        for q in _QUALS_BY_LAST.get(last, ()):
            if stripped.endswith(q):
                k = len(stripped) - len(q)
                if k == 0 or not (stripped[k - 1].isalnum() or stripped[k - 1] in "-_"):
                    hit = q
                    break
        if hit is None:
            break
        found.append(hit)
        end = len(stripped) - len(hit)
    found.reverse()
    return (end if found else len(text)), found


_SINGLE_QUALS = frozenset(q for q in QUALIFIERS if " " not in q)
_SYMBOL_QUAL_RE = re.compile(r"(\+/-|[><≥≤±~])\s*$")

_RANGE_GAP_RE = re.compile(
    r"^\s*(?:[-–—]|(?i:hingga|sampai(?:\s+dengan)?|s\.\s?d\.?|s/d))\s*$")
_DASH_GAP_RE = re.compile(r"^\s*[-–—]\s*$")
_AND_GAP_RE = re.compile(r"^\s+(?i:dan)\s+$")

_CLAUSE_BREAK_RE = re.compile(r"[,;:()\[\]\"“”]")
_ABBREVIATIONS = frozenset("""
dr drs dra prof ir h hj jl jln no rp st sdr bpk ny tn kol jend brigjen mayjen letjen irjen
kombes akbp kompol ipda iptu aiptu bripka kab kec kel prov tel telp hal vol ed mr mrs ms jr
sr inc co ltd gg kh sh se mm mt msi mba apt ssi skom skm spd nomor tbk dkk
""".split())
_SENT_END_RE = re.compile(r"[.!?…]+[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])")

# spans that are never figures. A paragraph (``p``, and ``low`` its lower case) is
# searched with a pattern only when it passes a cheap test for what the pattern needs
# (the words tested in ``low`` hold no "i" or "s", whose case-insensitive matches can
# differ from str.lower). A pattern's leading "\b\d" is written "\d(?<!\w\d)", the same
# test, so that the regex engine skips ahead to digits.
# phone numbers: +62..., (021) ..., 0812-..., 08119224545
_PHONE_RE = re.compile(r"(?:\+62|\(0\d{1,3}\)|0(?<![\d.,]0)\d{1,4})(?:[\s.-]?\d{2,})+")
# clock times
_PUKUL_RE = re.compile(r"(?i)\b(?:pukul|pkl\.?)\s*\d{1,2}(?:[.:]\d{2})?"
                       r"(?:\s*(?:-|–|hingga|sampai|s\.?d\.?)\s*\d{1,2}(?:[.:]\d{2})?)?")
_CLOCK_ZONE_RE = re.compile(r"\d(?<!\w\d)\d?[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?\s*(?:WIB|WITA|WIT|GMT|UTC)\b")
_HOUR_ZONE_RE = re.compile(r"\d(?<!\w\d)\d?\s*(?:WIB|WITA|WIT)\b")
_JAM_RE = re.compile(r"(?i)\bjam\s+\d{1,2}(?:[.:]\d{2})?\s+(?:pagi|siang|sore|malam|dini\s+hari)\b")
# dates: 5 Oktober 2023, 20-22 Juli, 5 dan 6 Mei
_MONTH_DATE_RE = re.compile(
    rf"(?i)\d(?<!\w\d)\d?(?:\s*(?:-|–|hingga|sampai|s\.?d\.?|dan)\s*\d{{1,2}})?\s+(?:{MONTHS})\b")

# numeric dates: 14/3/2021, 14-03-2021, 2021-03-14
_NUMERIC_DATE_RE = re.compile(r"\d(?<!\w\d)\d{0,3}([-/])\d{1,2}\1\d{1,4}\b")
# page counters
_PAGE_COUNTER_RE = re.compile(r"(?i)\b\d+\s+dari\s+\d+\s+halaman\b|\b(?:halaman|page)\s+\d+\s+(?:dari|of)\s+\d+")
# "Nomor 17 Tahun 2025", "PP 71 Tahun 2019": the first number is a regulation number
_REG_NUMBER_RE = re.compile(r"(\d(?<!\w\d)\d*)\s+(?i:tahun)\s+\d{4}\b")
# What follows a number in every match of _MONTH_DATE_RE (white space and a month's
# first letters, after its last digit) and of _REG_NUMBER_RE (white space, "tahun" and a
# year): tried at the end of each number (see _never_spans). No month starts with a
# "t", so at most one alternative matches at a place.
_DATE_GATE_AFTER_RE = re.compile(
    r"\s+(?:(?P<month>(?i:%s))|(?i:tahun)\s+\d{4}\b)"
    % "|".join(sorted({m[:3] for m in MONTH_SET}, key=lambda w: (-len(w), w))))


def _never_spans(p: str, low: str, numerals=None):
    """Character spans of ``p`` (``low`` is ``p.lower()``) that hold no figure.

    ``numerals`` are the matches of _NUMERAL_RE in ``p`` (found when not given). Every
    digit of ``p`` is in one of them, so what a pattern needs right at a digit can be
    tested at these few places instead of scanning the whole paragraph: a digit
    followed by white space or by "-" or "/" ends a numeral (only [.,:] and a digit
    continue one), and a phone number's leading "0" (not after a digit, "." or ",")
    starts a numeral or follows a ":" inside one, as do the "62" of "+62" and the "0" of
    "(0". (Substring tests cost about 1 ns a character of the paragraph each.)
    """
    if numerals is None:
        numerals = list(_NUMERAL_RE.finditer(p))
    phone = month = dash_slash = reg = False
    for m in numerals:
        t = m.group()
        # "(0..." starts a numeral with a 0; "+62" one with 62 after a "+"
        if not phone and (t[0] == "0" or ":0" in t or (t.startswith("62") and p[m.start() - 1:m.start()] == "+")):
            phone = True
        e = m.end()
        c = p[e:e + 1]
        if c == "-" or c == "/":
            dash_slash = True
        elif c.isspace() and not (month and reg):
            g = _DATE_GATE_AFTER_RE.match(p, e)
            if g:
                if g["month"] is not None:
                    month = True
                else:
                    reg = True
    never = []
    add = never.append
    if phone:
        for m in _PHONE_RE.finditer(p):
            add(m.span())
    if "pukul" in low or "pkl" in low:
        for m in _PUKUL_RE.finditer(p):
            add(m.span())
    # (a one-character test is a memchr; these capitals are rare)
    wi = "W" in p and "WI" in p
    if wi or ("G" in p and "GMT" in p) or ("U" in p and "UTC" in p):
        for m in _CLOCK_ZONE_RE.finditer(p):
            add(m.span())
        if wi:
            for m in _HOUR_ZONE_RE.finditer(p):
                add(m.span())
    if "jam" in low:
        for m in _JAM_RE.finditer(p):
            add(m.span())
    if month:
        for m in _MONTH_DATE_RE.finditer(p):
            add(m.span())
    if dash_slash:
        for m in _NUMERIC_DATE_RE.finditer(p):
            add(m.span())
    if "halaman" in low or "page" in low:
        for m in _PAGE_COUNTER_RE.finditer(p):
            add(m.span())
    if reg:
        for m in _REG_NUMBER_RE.finditer(p):
            add(m.span(1))
    return never


# the last character of every currency _CUR_BEFORE_RE knows (Rp, Rp., IDR, USD, US$, RM, €, JPY...)
_CURRENCY_LAST_CHARS = frozenset("p.RD$M€£P¥Y")


def _may_end_with_currency(before: str) -> bool:
    """Cheap test before _CUR_BEFORE_RE: ``before`` ends with a currency and spaces."""
    b = before.rstrip()
    return bool(b) and b[-1] in _CURRENCY_LAST_CHARS


# (compiled here rather than on first use, which would cost the first page its compile time)
_SPACE_RE = re.compile(r"\s")
_SENT_END_BEFORE_RE = re.compile(r"[.!?]\s*[\"“]?$")
_DARI_END_RE = re.compile(r"(?<![\w-])dari\s*$")

_URLISH_RE = re.compile(r"(?i)https?:|www\.|[@#_]|\.(?:com|id|net|org|co|go|ac)\b")
# every match of _URLISH_RE holds one of these characters
_URL_CHARS = frozenset(":.@#_")

# ---------------------------------------------------------------------------
# Numbers
# ---------------------------------------------------------------------------


def _numeral(s: str):
    """Read a digit string the Indonesian way.

    Returns (mantissa, decimals, style) so that value = mantissa / 10**decimals, or None.
    style is "id" (Indonesian: dots group thousands, comma is the decimal mark),
    "dot" (a single dot with a group that is not three digits: English decimal or a
    clock time) or "en" (English thousands commas).
    """
    if ":" in s:
        return None
    has_dot, has_comma = "." in s, "," in s
    if not has_dot and not has_comma:
        return int(s), 0, "id"
    if has_dot and has_comma:
        if s.rfind(",") > s.rfind("."):           # 1.234,5 (Indonesian)
            ip, frac, sep, dec = s.rsplit(",", 1)[0], s.rsplit(",", 1)[1], ".", "id"
        else:                                     # 1,234.5 (English)
            ip, frac, sep, dec = s.rsplit(".", 1)[0], s.rsplit(".", 1)[1], ",", "en"
        if "," in frac or "." in frac or (sep == "." and "," in ip) or (sep == "," and "." in ip):
            return None
        groups = ip.split(sep)
        if not (1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])):
            return None
        return int("".join(groups) + frac), len(frac), dec
    sep = "." if has_dot else ","
    groups = s.split(sep)
    if has_dot:
        if 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]):
            return int("".join(groups)), 0, "id"
        if len(groups) == 2:
            return int("".join(groups)), len(groups[1]), "dot"
        return None
    if len(groups) == 2:                          # 2,5
        return int("".join(groups)), len(groups[1]), "id"
    if 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]):
        return int("".join(groups)), 0, "en"      # 1,234,567
    return None


def _words_value(tokens):
    """Value of a sequence of Indonesian number words ("dua ratus lima puluh ribu")."""
    total = 0
    current = 0          # below one thousand
    last = None          # pending 1..9
    half = False
    seen = False
    for t in tokens:
        t = t.lower()
        if t in NUMBER_WORDS:
            if last is not None:
                return None
            last = NUMBER_WORDS[t]
        elif t in SE_WORDS:
            if last is not None:
                return None
            current += SE_WORDS[t]
        elif t == "belas":
            if last is None:
                return None
            current += last + 10
            last = None
        elif t == "puluh":
            if last is None:
                return None
            current += last * 10
            last = None
        elif t == "ratus":
            if last is None:
                return None
            current += last * 100
            last = None
        elif t == "setengah":
            half = True
        elif t in SE_SCALES:
            if last is not None or current or half:
                return None
            total += SE_SCALES[t]
            seen = True
            continue
        elif t in BIG_SCALE_WORDS:
            group = current + (last or 0)
            if half:
                group = group + 0.5
            if not group:
                return None
            total += group * BIG_SCALE_WORDS[t]
            current, last, half = 0, None, False
            seen = True
            continue
        else:
            return None
        seen = True
    if not seen:
        return None
    rest = current + (last or 0) + (0.5 if half else 0)
    return total + rest


def _clean_value(v):
    if isinstance(v, float) and v.is_integer() and abs(v) < 2**53:
        return int(v)
    return v


def _scaled(mant: int, dec: int, scale: int):
    """mantissa / 10**dec * scale, exact where possible."""
    num = mant * scale
    den = 10**dec
    if num % den == 0:
        return num // den
    return num / den


_PARSE_RE = re.compile(
    r"^\s*(?P<sign>[-−]|minus\s+)?(?P<cur>Rp\.?|IDR|USD|US\s?\$|SGD|S\$|AU?\$|HK\$|RM|EUR|€|£|GBP|¥|JPY|\$)?\s*"
    r"(?P<num>\d+(?:[.,]\d+)*)"
    r"(?:\s*(?P<scale>(?i:ribu|rb|juta|jt|miliar|milyar|triliun|trilyun|million|billion|trillion))\.?"
    r"|\s*(?P<letter>Mn|Bn|M|T|K|B)\b)?"
    r"(?:\s*(?:%|(?i:persen|per\s?sen|rupiah|dolar|dollar|usd|idr|euro|yen|yuan|ringgit)"
    r"(?:\s+(?:AS|Amerika(?:\s+Serikat)?|Singapura))?))?"
    r"\s*$")
_PARSE_WORDS_RE = re.compile(
    r"^\s*(?P<cur>Rp\.?\s*)?(?P<words>[^\W\d_]+(?:\s+[^\W\d_]+)*?)"
    r"(?:\s+(?i:persen|rupiah|dolar))?\s*$")


def parse_number(s: str) -> float | None:
    """Read an Indonesian number: "1.234.567" -> 1234567.0, "2,5" -> 2.5,
    "10 juta" -> 1e7, "Rp 5 M" -> 5e9, "dua juta" -> 2e6, "30 persen" -> 30.0.
    Returns None when ``s`` is not (only) a number."""
    if not isinstance(s, str):
        return None
    m = _PARSE_RE.match(s)
    if m:
        n = _numeral(m["num"])
        if n is None:
            return None
        mant, dec, _style = n
        scale = 1
        if m["scale"]:
            scale = SCALE_WORDS[m["scale"].lower()]
        elif m["letter"]:
            if not m["cur"]:
                return None
            scale = SCALE_LETTERS[m["letter"]]
        v = float(_scaled(mant, dec, scale))
        return -v if m["sign"] else v
    m = _PARSE_WORDS_RE.match(s)
    if m:
        v = _words_value(m["words"].split())
        return None if v is None else float(v)
    return None


# ---------------------------------------------------------------------------
# Sentences
# ---------------------------------------------------------------------------


_LETTERS_END_RE = re.compile(r"([^\W\d_]+)$")


def _sentence_starts(p: str, marks: bytes | None = None) -> list[int]:
    """Where the sentences of ``p`` start; ``marks`` is ``_marks(p)`` when known."""
    starts = [0]
    for m in (_SENT_END_RE.finditer(p) if marks is None else _marked_matches(_SENT_END_RE, p, marks, b".")):
        if p[m.start()] == ".":
            w = _LETTERS_END_RE.search(p, max(0, m.start() - 12), m.start())
            if w and (len(w.group(1)) == 1 or w.group(1).lower() in _ABBREVIATIONS):
                continue
        starts.append(m.end())
    return starts


# ---------------------------------------------------------------------------
# Finding figures
# ---------------------------------------------------------------------------


_START = attrgetter("start")


class _Atom:
    __slots__ = ("start", "nstart", "nend", "end", "value", "scale", "cur", "suffix_unit",
                 "style", "words", "skip", "unit", "unit_end", "qualifier", "upper",
                 "sent", "postfix_q", "bare", "numtext", "after")

    def __init__(self):
        self.scale = None
        self.cur = None
        self.suffix_unit = None
        self.style = "id"
        self.words = False
        self.skip = None
        self.unit = None
        self.unit_end = None
        self.qualifier = None
        self.upper = None
        self.sent = 0
        self.postfix_q = None
        self.bare = False
        self.after = None                 # (position, _next_word there), see _unit_after


def _in_spans(pos: int, spans) -> bool:
    for a, b in spans:
        if a <= pos < b:
            return True
    return False


def _prev_word(text: str, pos: int, floor: int = 0):
    """The word right before pos (skipping '.', ':', '(', '#' and spaces), and its start."""
    lo = max(floor, pos - 40)
    window = text[lo:pos]
    # What follows the word in a match holds no word character and no "-", so the match
    # starts inside the run of [\w.-] around the last such character: search from there
    # (the same leftmost match, without trying every earlier start).
    run = _LAST_RUN_REV_RE.match(window[::-1])
    if not run.group(1):
        return None, -1
    m = _LAST_WORD_RE.search(window, len(window) - run.end())
    if not m:
        return None, -1
    return m.group(1).rstrip(".-"), lo + m.start(1)


def _next_word(text: str, pos: int):
    m = _WORD_AFTER_RE.match(text, pos)
    if not m:
        return None, pos, pos
    return m.group(1), m.start(1), m.end(1)


def _norm_unit(w: str) -> str:
    w = w.lower()
    if "-" in w:
        a, _, b = w.partition("-")
        if a == b:                       # orang-orang
            w = a
    if w.endswith("nya") and len(w) > 5 and w[:-3] in COUNT_NOUNS:
        w = w[:-3]
    return w


_VERB_SHAPE_RE = re.compile(r"^(?:me(?:ng|ny|m|n|r|l|w|y)|di|ber|be[lr]|ter|memper|diper|ke)\w{3,}$")


def _verb_shaped(lw: str) -> bool:
    return lw not in NOT_VERBS and _VERB_SHAPE_RE.match(lw) is not None


def _is_unit_word(w: str) -> bool:
    """Could w be the noun a number counts?"""
    return _is_unit_norm(_norm_unit(w))


def _is_unit_norm(lw: str) -> bool:
    """``_is_unit_word`` of a word already normalised by ``_norm_unit``."""
    if lw in COUNT_NOUNS:
        return True
    if lw in STOP_AFTER or lw in MONTH_SET or lw in TIME_ZONES or lw in QUALIFIERS:
        return False
    if lw in SCALE_WORDS or lw in NUMBER_WORDS:
        return False
    if _verb_shaped(lw) and not lw.startswith("ke"):
        return False
    if lw.endswith(("kan", "lah", "kah")) and len(lw) > 6:
        return False
    return len(lw) >= 2


def _unit_after(text: str, a: _Atom):
    """The noun right after the expression: (unit, end) or (None, a.end)."""
    pos = a.end
    # the word after the number, as _exclude_in_sentence found it (when the end is the same)
    after = a.after
    w, ws, we = after[1] if after is not None and after[0] == pos else _next_word(text, pos)
    # a postposed "lebih" ("10 ribu lebih") is the next word, of five letters (one of
    # them may be a dotless or dotted i, which the pattern matches case-insensitively)
    if w is not None and len(w) == 5 and w[0] in "lL":
        m = _LEBIH_AFTER_RE.match(text, pos)
        if m:
            a.postfix_q = "lebih dari"
            pos = m.end()
            w, ws, we = _next_word(text, pos)
    if w is None:
        return None, a.end
    # the unit must follow with at most one space (no punctuation in between)
    if ws - pos > 2:                      # text[pos:ws] is white space
        return None, a.end
    # the word after it is needed only for a two-word unit or a time word
    lw = w.lower()
    if lw in _COMPOUND_FIRST and text[we:we + 1] == " ":
        w2, _w2s, w2e = _next_word(text, we)
        if w2 and text[we:_w2s] == " " and f"{lw} {w2.lower()}" in COMPOUND_UNITS:
            return f"{lw} {w2.lower()}", w2e
    u = _norm_unit(w)
    if _is_unit_norm(u):
        # "99 juta tahun lalu": a time adverbial after a large amount, not its unit
        if u in TIME_WORDS and (a.scale or 1) >= 1000:
            w2 = _next_word(text, we)[0]
            if w2 and w2.lower() in TIME_DEICTICS:
                return None, a.end
        return u, we
    return None, a.end



def _suffix_after(p: str, pos: int) -> tuple[str | None, int]:
    """(unit, end) of a percent sign/word or a currency word right after a number at ``pos``;
    (None, pos) when there is none. A dotless ı (which re.IGNORECASE lets match I) reads as i."""
    pm = _PERCENT_AFTER_RE.match(p, pos)
    if pm:
        return "persen", pm.end()
    cm = _CUR_AFTER_RE.match(p, pos)
    if cm:
        return CURRENCY_WORDS.get(cm["c"].lower().replace("\u0131", "i")), cm.end()
    return None, pos


def _digit_atoms(p: str, never, numerals=None):
    """The numbers written with digits; those already known not to be figures (in a
    never-span, malformed, glued to letters, or dropped by ``_exclude_local``) are left
    out, as ``_paragraph_figures`` drops every atom with a ``skip``."""
    atoms = []
    for m in (_NUMERAL_RE.finditer(p) if numerals is None else numerals):
        s, e = m.start(), m.end()
        if never and _in_spans(s, never):
            continue
        num = m.group()
        a = _Atom()
        a.nstart, a.nend, a.numtext = s, e, num
        a.start = s
        before = p[max(0, s - 8):s]
        b = before.rstrip()               # _may_end_with_currency(before), inlined
        cm = _CUR_BEFORE_RE.search(before) if b and b[-1] in _CURRENCY_LAST_CHARS else None
        if cm:
            a.cur = CURRENCY_PREFIX.get(_SPACE_RE.sub("", cm.group(1)).lower(), "dolar")
            a.start = max(0, s - 8) + cm.start(1)
        elif s > 0 and (p[s - 1].isalnum() or p[s - 1] in "_"):
            continue                      # glued to letters: Liputan6, G20
        if num.isdecimal():               # no separator: what _numeral gives, without the call
            mant, dec, a.style = int(num), 0, "id"
            a.bare = True
        else:
            n = _numeral(num)
            if n is None:
                continue                  # malformed (1.2.3)
            mant, dec, a.style = n
            a.bare = dec == 0 and a.style == "id" and "." not in num
        scale = 1
        pos = e
        sm = _SCALE_AFTER_RE.match(p, pos)
        if sm and (sm["w"] or a.cur):
            scale = SCALE_WORDS[sm["w"].lower()] if sm["w"] else SCALE_LETTERS[sm["l"]]
            a.scale = scale
            pos = sm.end()
            if sm["an"]:                  # "Rp 3 jutaan": about 3 million
                a.postfix_q = "sekitar"
        elif p.startswith("-an", pos) and not p[pos + 3:pos + 4].isalpha():
            a.postfix_q = "sekitar"       # "50-an orang"; a decade ("1990-an") is dropped below
            pos += 3
        elif pos < len(p) and p[pos].isalpha():
            gm = _GLUED_UNIT_RE.match(p, pos)
            if gm and gm["g"].lower() == "x" and p[gm.end():gm.end() + 1].isdigit():
                continue                  # a dimension: 7x24, 3x4
            elif gm:
                g = gm["g"].lower()
                a.suffix_unit = "kali" if g == "x" else g
                pos = gm.end()
            else:
                continue                  # glued: 5G, 3D, 4K
        if a.suffix_unit is None:
            # _suffix_after, then _DEGREE_RE, in one match
            sm = _SUFFIX_AFTER_RE.match(p, pos)
            if sm:
                if sm["pct"] is not None:
                    a.suffix_unit = "persen"
                elif sm["deg"] is not None:
                    a.suffix_unit = "derajat"
                else:
                    a.suffix_unit = CURRENCY_WORDS.get(sm["c"].lower().replace("\u0131", "i"))
                pos = sm.end()
        a.end = pos
        a.value = mant * scale if dec == 0 else _scaled(mant, dec, scale)
        # a sign glued to the number after a word ("tercatat -0,08 persen", "minus 2"),
        # not for a currency; the pattern ends with a minus sign, or with white space
        # after "minus" (whose "m" no other letter matches case-insensitively)
        mm = None
        st = a.start
        if st and not a.cur:
            last = p[st - 1]
            w = p[max(0, st - 7):st]
            if last == "-" or last == "−" or (last.isspace() and ("m" in w or "M" in w)):
                mm = _MINUS_BEFORE_RE.search(w)
        if mm:
            prev_tok = p[:a.start - len(mm.group(0))].rstrip()[-1:]
            if not prev_tok.isdigit():
                a.value = -a.value
                a.start -= len(mm.group(0))
        # the tests that need no sentence come first: a paragraph whose numbers are all
        # years, enumerators... needs no sentence boundaries (skipped atoms play no part)
        if _exclude_local(p, a):
            atoms.append(a)
    return atoms


def _wordnum_spans(p: str, low: str):
    """The spans of _WORDNUM_RE's matches in ``p``, found in ``low`` (``p.lower()``)
    with _WORDNUM_LOW_RE where that is the same search: the two strings align and
    ``p`` holds none of the letters that match "i" or "s" case-insensitively but
    do not lower-case to them."""
    if len(low) == len(p) and "ı" not in p and "ſ" not in p:
        return [m.span() for m in _WORDNUM_LOW_RE.finditer(low)]
    return [m.span() for m in _WORDNUM_RE.finditer(p)]


def _word_atoms(p: str, low: str | None = None):
    atoms = []
    for ms, me in _wordnum_spans(p, p.lower() if low is None else low):
        toks = p[ms:me].split()
        # keep up to the last scale word (ribu/juta/...), which a figure needs
        last = max((i for i, t in enumerate(toks) if t.lower() in BIG_SCALE_WORDS or t.lower() in SE_SCALES),
                   default=-1)
        if last < 0:
            continue
        # drop leading words that do not belong ("dua atau tiga juta" gives "tiga juta")
        toks = toks[:last + 1]
        value = None
        first = 0
        while first <= last:
            value = _words_value(toks[first:])
            if value is not None:
                break
            first += 1
        if value is None:
            continue
        # character span of toks[first:last+1]
        start = ms
        for t in toks[:first]:
            start = p.index(t, start) + len(t)
        start = p.index(toks[first], start)
        end = start
        for t in toks[first:]:
            end = p.index(t, end) + len(t)
        a = _Atom()
        a.words = True
        a.start = a.nstart = start
        a.nend = end
        a.numtext = p[start:end]
        a.value = _clean_value(value)
        a.scale = 1
        before = p[max(0, start - 8):start]
        cm = _CUR_BEFORE_RE.search(before) if _may_end_with_currency(before) else None
        if cm:
            a.cur = CURRENCY_PREFIX.get(_SPACE_RE.sub("", cm.group(1)).lower(), "dolar")
            a.start = max(0, start - 8) + cm.start(1)
        unit, pos = _suffix_after(p, end)
        if unit is not None or pos != end:
            a.suffix_unit = unit
        a.end = pos
        if len(toks) - first == 1 and toks[first].lower() in SE_SCALES and not a.cur and not a.suffix_unit:
            w, _, _ = _next_word(p, pos)
            capital_name = toks[first][0].isupper() and start > 0 and not _SENT_END_BEFORE_RE.search(p[:start])
            if capital_name or not w or _norm_unit(w) not in COUNT_NOUNS:
                continue                  # "Kepulauan Seribu", "sejuta harapan"
        atoms.append(a)
    return atoms


def _exclude(p: str, a: _Atom, sent_start: int):
    """Set a.skip when the number is not a quantity."""
    if _exclude_local(p, a):
        _exclude_in_sentence(p, a, sent_start)


def _exclude_local(p: str, a: _Atom) -> bool:
    """The tests of ``_exclude`` that need no sentence boundaries (they come first);
    True when the others must still run."""
    if a.skip or a.words:
        return False
    s, e, num = a.nstart, a.nend, a.numtext
    marked = a.cur or a.scale or a.suffix_unit
    # Every test below only sets a.skip, so their order does not change which numbers
    # are dropped: the cheap and frequent ones come first.
    # calendar years (a fifth of all numbers)
    if a.bare and len(num) == 4 and 1900 <= a.value <= 2100 and not marked:
        a.skip = "year"
        return False
    # dates and fractions around a slash: 14/3/2021, 31/2023, 24/7
    if (e < len(p) - 1 and p[e] == "/" and p[e + 1].isdigit()) or (s > 1 and p[s - 1] == "/" and p[s - 2].isdigit()):
        a.skip = "slash"
        return False
    # inside a URL, handle or hashtag
    ts = p.rfind(" ", 0, s) + 1
    te = p.find(" ", e)
    tok = p[ts:te if te >= 0 else len(p)]
    if not _URL_CHARS.isdisjoint(tok) and _URLISH_RE.search(tok):
        a.skip = "url"
        return False
    # leading zero: codes and phone numbers (0,5 is fine)
    if len(num) > 1 and num[0] == "0" and num[1].isdigit():
        a.skip = "code"
        return False
    if a.bare and len(num) >= 8:
        a.skip = "id-long"
        return False
    # English decimal or clock time (14.30): only with a scale, percent or currency
    if a.style == "dot" and not marked:
        a.skip = "time"
        return False
    # glued to letters by a hyphen: COVID-19, U-23, ke-5, H-1
    if p[s - 1:s] == "-" and _LETTER_HYPHEN_BEFORE_RE.search(p[max(0, s - 4):s]):
        a.skip = "ordinal/id"
        return False
    # followed by a hyphen and letters: 7-Eleven, 2-in-1; a decade: 1990-an, tahun 90-an
    m = _HYPHEN_WORD_RE.match(p[e:e + 12]) if p.startswith("-", e) else None
    if m and not a.scale and m.group(1).lower() != "an" and m.group(1).lower() not in CURRENCY_PREFIX:
        a.skip = "hyphen-id"
        return False
    if a.postfix_q and not a.scale and a.bare:
        decade_word = (_prev_word(p, a.start)[0] or "").lower() in DECADE_WORDS
        if 1000 <= a.value <= 2100 or (a.value < 100 and a.value % 10 == 0 and decade_word):
            a.skip = "decade"
            return False
    # added time: menit 90+2
    if s > 1 and p[s - 1] == "+" and p[s - 2].isdigit():
        a.skip = "added-time"
        return False
    # enumerators: (3), "1." or "1)" opening a paragraph; but an age after a name is a
    # figure: "Sumiati (62), warga ...", "tersangka AS (17)"
    if p[s - 1:s] == "(" and p[e:e + 1] == ")" and a.bare:
        if _is_age_after_name(p, a):
            a.suffix_unit = "tahun"
            return True
        a.skip = "enum"
        return False
    if s == 0 and p[e:e + 1] in (".", ")") and p[e + 1:e + 2].isspace():
        a.skip = "enum"
        return False
    return True


# the word right before "(NN)": a name ("Sumiati (62)", "Andi Syamsuddin (34)"), initials
# ("AS (17)") or a word for a person ("korban (17)")
_AGE_WORD_BEFORE_RE = re.compile(r"(?:^|(?<=[\s,(]))([A-Z][a-z'’-]+|[A-Z]{2,3}|[a-z]+) \($")
# the lower-case words for a person that an age in parentheses may follow
AGE_PERSON_WORDS = frozenset("""
korban pelaku tersangka terdakwa terpidana saksi pasien bocah balita bayi anak remaja pemuda
pria wanita perempuan lelaki nenek kakek ibu ayah bapak suami istri siswa siswi pelajar
mahasiswa mahasiswi santri warga sopir pengemudi pedagang petani nelayan buruh pekerja
""".split())
# capitalised words a parenthesised number follows that are no name
AGE_NOT_NAMES = frozenset("""
ketentuan tabel gambar grafik lampiran poin butir huruf angka nomor foto video catatan
""".split())


def _is_age_after_name(p: str, a: _Atom) -> bool:
    """Is the bare number in parentheses ``a`` an age after a person ("Sumiati (62),")?
    1 to 120 without a leading zero, followed by a comma, a full stop or white space, after
    a capitalised word or initials that are no identifier, function or document word
    ("Pasal", "Sebanyak", "Tabel"), or after a word for a person ("korban (17)")."""
    if not (1 <= a.value <= 120) or not a.numtext.isdecimal() or a.numtext[0] == "0":
        return False
    after = p[a.nend + 1:a.nend + 2]
    if after not in ("", ",", ".", " ", ";"):
        return False
    m = _AGE_WORD_BEFORE_RE.search(p, max(0, a.nstart - 30), a.nstart)
    if m is None:
        return False
    word = m.group(1)
    low = word.lower()
    if word == low or low in AGE_PERSON_WORDS:
        return low in AGE_PERSON_WORDS
    return not (low in ID_TRIGGERS or low in MONTH_SET or low in FUNCTION_WORDS or low in AGE_NOT_NAMES)


def _exclude_in_sentence(p: str, a: _Atom, sent_start: int):
    """The tests of ``_exclude`` that look at the words before and after the number.

    They all concern a number without currency, scale or unit sign, and those before it
    a bare integer: the words are looked up only then (each test only sets a.skip, so
    their order does not matter)."""
    if a.cur or a.scale or a.suffix_unit:
        return
    after = _next_word(p, a.end)
    a.after = (a.end, after)              # kept for _unit_after
    next_w = after[0]
    # what follows: a month (date) or time zone; "10 besar" is a ranking
    if next_w:
        lw = next_w.lower()
        if lw == "besar" and a.bare and p[a.end:a.end + 1].isspace():
            a.skip = "ranking"
            return
        if lw in MONTH_SET:
            a.skip = "date"
            return
        if lw in TIME_ZONES:
            a.skip = "time"
            return
    if not a.bare:
        return
    # a number after an identifier word: Nomor 19, Pasal 27, pukul 9, tanggal 17
    pw, pws = _prev_word(p, a.start, sent_start)
    if not pw:
        return
    gap = p[pws + len(pw):a.start]
    if _TIGHT_GAP_RE.fullmatch(gap) is None:
        return
    lpw = pw.lower()
    if lpw in ID_TRIGGERS or lpw.startswith(ID_PREFIXES):
        a.skip = "id-trigger"
        return
    if lpw in CALL_WORDS and len(a.numtext) >= 3 and a.numtext.isdecimal() and (
            not next_w or not next_w[0].isalpha() or next_w.lower() in CALL_FOLLOWERS):
        a.skip = "phone"                  # (not "menghubungi 120 pelanggan")
        return
    if lpw in MONTH_SET:
        a.skip = "date"
        return
    soft = lpw in SOFT_TRIGGERS
    # a name followed by a number: Dota 2, Windows 11, Liga 1, Covid 19; not the start of a
    # range ("Diskon 20-30 persen")
    name = (len(a.numtext) <= 4 and pw != lpw and lpw not in FUNCTION_WORDS and lpw not in QUALIFIERS
            and len(gap) == 1 and gap.isspace()
            and _RANGE_START_RE.match(p, a.end) is None)
    if (soft or name) and not (next_w and (_norm_unit(next_w) in COUNT_NOUNS or next_w.lower() in SCALE_WORDS)):
        a.skip = "id-trigger" if soft else "name"


_HYPHEN_WORD_RE = re.compile(r"-([^\W\d_]+)")
# after a number: a part of what the number before counted ("6.400 di antaranya")
_PART_OF_RE = re.compile(r"\s+(?:di antaranya|diantaranya)\b", re.I)
# a number opening a range: "20-30", "5 hingga 7", "5 sampai dengan 7"
_RANGE_START_RE = re.compile(r"(?:\s*[-–]\s*|\s+(?:hingga|sampai(?:\s+dengan)?|s\.?d\.?|s/d)\s+)\d")
_TIGHT_GAP_RE = re.compile(r"\.?\s*[:#]?\s*\(?\s*")


def _qualifier(p: str, a: _Atom, floor: int):
    before = p[max(floor, a.start - 60):a.start]
    stripped = before.rstrip()
    tail = stripped[-3:]          # the pattern ends with a symbol and white space
    sm = _SYMBOL_QUAL_RE.search(before) if tail and (tail[-1] in "><≥≤±~" or tail == "+/-") else None
    if sm:
        return SYMBOL_QUALIFIERS[sm.group(1)]
    # The chain is empty unless white space ends ``before`` and the word before it is
    # the last word of a hedge (what _qual_chain looks at first): most numbers have none.
    if len(stripped) == len(before):
        return a.postfix_q
    last = stripped[stripped.rfind(" ") + 1:]
    if "\t" in last or "\xa0" in last:
        last = stripped[max(stripped.rfind(" "), stripped.rfind("\t"), stripped.rfind("\xa0")) + 1:]
    if last.lower() not in _QUALS_BY_LAST:
        return a.postfix_q
    _, chain = _qual_chain(before)
    if chain:
        found = [QUALIFIERS[q] for q in chain]
        strong = [q for q in found if q not in WEAK_QUALIFIERS]
        return (strong or found)[-1]
    return a.postfix_q


def _antara_before(p: str, pos: int) -> bool:
    return "antara" in _qual_chain(p[max(0, pos - 40):pos])[1]


def _words_between(text: str):
    return _WORD_RE.findall(text)


def _preceded_by_dari(p: str, a: _Atom, floor: int) -> bool:
    before = p[max(floor, a.start - 40):a.start].lower()
    before = before[:_qual_chain(before)[0]]
    return _DARI_END_RE.search(before) is not None


def _link_ok(p: str, left: _Atom, gap: str, floor: int, after_unit: bool) -> bool:
    """Do two neighbouring numbers share one noun? gap is the text between them.

    Accepted gaps: a list link ("9 penyelamatan, 3 ...", "4 juta dan 2 juta"), "X dari Y"
    ("5 dari 10 orang"), and a change "dari X menjadi Y" / "X ..., naik menjadi Y". With
    after_unit (the gap starts after the left number's noun) one modifier may stand
    first ("2 juta pengguna baru, atau 2 juta").
    """
    g = gap.lower() + " "
    g = g[:_qual_chain(g)[0]].strip()
    toks = g.replace(",", " , ").split()
    if after_unit and "," in toks:
        # "125 juta pengguna aktif di Indonesia, naik dari 99 juta": the modifiers of the
        # first noun, then a comma and a change
        c = toks.index(",")
        if 0 < c <= 5 and all(t.isalpha() and t not in NP_BREAKS for t in toks[:c]) \
                and c + 1 < len(toks) and toks[c + 1] in CHANGE_VERBS:
            toks = toks[c:]
    if after_unit and toks and toks[0] not in (",",) and toks[0] not in LIST_LINKS \
            and toks[0] not in CHANGE_LINKS and toks[0] not in CHANGE_VERBS and toks[0] != "dari" \
            and toks[0].isalpha() and toks[0] not in NP_BREAKS:
        toks = toks[1:]
    if toks and toks[0] == ",":
        toks = toks[1:]
    if not toks:
        return True
    change = False
    if toks[0] in CHANGE_VERBS:
        change = True
        toks = toks[1:]
    if len(toks) != 1:
        return False
    w = toks[0]
    if w in LIST_LINKS and not change:
        return True
    if w == "dari":
        return True
    if w in CHANGE_LINKS:
        return change or _preceded_by_dari(p, left, floor)
    return False


def _backward_unit(p: str, a: _Atom, floor: int):
    """A counting noun earlier in the clause ("pengguna aktif ... mencapai 10 juta").

    Walks left from the number: first over the predicate (verbs, adverbs, hedges:
    "sudah mencapai", "tercatat sebanyak"), then through the noun phrase before it
    (nouns, modifiers, "yang ..." and prepositional tails such as "di Indonesia"). The
    head of an Indonesian noun phrase comes first, so the leftmost counting noun of that
    phrase is the unit; a money noun leading the phrase ("harga tiket") gives rupiah.
    """
    before = p[floor:a.start]
    cut = max((m.end() for m in _CLAUSE_BREAK_RE.finditer(before)), default=0)
    before = before[cut:]
    before = before[:_qual_chain(before)[0]]
    words = [w for w in _WORD_RE.findall(before) if w[0].isalpha()][-14:]
    i = len(words) - 1
    action = False
    while i >= 0 and _is_predicate_word(words[i]):     # the predicate
        lw = words[i].lower()
        if lw not in PREDICATE_WORDS and lw not in _SINGLE_QUALS:
            j = i
            while j >= 0 and _is_predicate_word(words[j]) and words[j].lower() != "yang":
                j -= 1
            if j >= 0 and words[j].lower() == "yang":
                break                                  # "situs yang diblokir mencapai 500"
            # a verb of action: the noun before it is its agent ("Aplikasi itu diunduh
            # 100 juta"), not what the number counts; only a price subject still counts
            # ("Harga tiket dibanderol 750 ribu")
            action = True
        i -= 1
    np_words = []
    while i >= 0:                                      # the noun phrase, right to left
        lw = words[i].lower()
        if lw in NP_BREAKS:
            break
        if lw == "yang" or _is_predicate_word(words[i]):
            # a verb inside a relative clause ("situs yang diblokir") is crossed
            j = i
            while j >= 0 and (_is_predicate_word(words[j]) and words[j].lower() != "yang"):
                j -= 1
            if j >= 0 and words[j].lower() == "yang":
                i = j - 1
                continue
            break
        np_words.append(words[i])
        i -= 1
    head = None
    for w in np_words:                                 # right to left: the last hit is leftmost
        lw = w.lower()
        if lw in MONEY_WORDS:
            head = "$"
        elif _norm_unit(lw) in BACKWARD_NOUNS:
            head = _norm_unit(lw)
    if head == "$":
        big = (a.scale or 1) >= 1000 or (isinstance(a.value, (int, float)) and a.value >= 1000)
        return "rupiah" if big else None
    return None if action else head


def _is_predicate_word(w: str) -> bool:
    lw = w.lower()
    if lw in PREDICATE_WORDS or lw in _SINGLE_QUALS:
        return True
    if _norm_unit(lw) in COUNT_NOUNS or lw in MONEY_WORDS:
        return False
    return _verb_shaped(lw) and not lw.startswith(("ke", "pe"))


def _paragraph_figures(p: str, pi: int, low: str | None = None, digits: bool | None = None,
                       scale: bool | None = None, marks: bytes | None = None):
    """The figures of paragraph ``p``; ``low`` (``p.lower()``), ``digits`` (has a digit),
    ``scale`` (``_may_have_word_number(p, low)``) and ``marks`` (``_marks(p)``) when the caller
    knows them."""
    if low is None:
        low = p.lower()
    if digits is None:
        digits = _DIGIT_RE.search(p) is not None
    if digits:
        numerals = _numerals(p, marks)     # found once, for both
        atoms = _digit_atoms(p, _never_spans(p, low, numerals), numerals)
    else:
        atoms = []
    if scale if scale is not None else _may_have_word_number(p, low):
        atoms += _word_atoms(p, low)
    if not atoms:
        return []
    atoms.sort(key=_START)
    starts = _sentence_starts(p, marks)
    for a in atoms:
        a.sent = sent = bisect_right(starts, a.nstart) - 1
        if not a.words:
            _exclude_in_sentence(p, a, starts[sent])

    # ranges and scores: two numbers joined by a dash, hingga, sampai, antara .. dan ..
    live = [a for a in atoms if not a.skip]
    merged = []
    i = 0
    while i < len(live):
        a = live[i]
        b = live[i + 1] if i + 1 < len(live) else None
        if b is not None and b.sent == a.sent:
            gap = p[a.end:b.start]
            dash = _DASH_GAP_RE.match(gap) is not None
            is_range_gap = _RANGE_GAP_RE.match(gap) is not None or (
                _AND_GAP_RE.match(gap) is not None and _antara_before(p, a.start))
            if is_range_gap:
                lo = a.value
                if not a.scale and b.scale and b.scale > 1 and not a.words:
                    lo = _scaled(*_numeral(a.numtext)[:2], b.scale)
                same_kind = not (a.suffix_unit and b.suffix_unit and a.suffix_unit != b.suffix_unit)
                if dash and not (a.cur or b.cur or a.scale or b.scale or a.suffix_unit or b.suffix_unit):
                    # a bare pair: a range only if smaller first and a unit follows,
                    # and not after a score word (menang 2-1, skor 1-1)
                    unit, _ = _unit_after(p, b)
                    pre = [w.lower() for w in _words_between(p[max(starts[a.sent], a.start - 40):a.start])
                           if w[0].isalpha()][-4:]
                    if unit is None and pre and pre[-1] in PREFIX_UNITS and lo < b.value:
                        unit = PREFIX_UNITS[pre[-1]]
                    if lo >= b.value or unit is None or any(w in SCORE_WORDS for w in pre):
                        a.skip = b.skip = "score"
                        i += 2
                        continue
                if lo < b.value and same_kind:
                    a.value = lo
                    a.upper = b.value
                    a.end = b.end
                    a.cur = a.cur or b.cur
                    a.suffix_unit = b.suffix_unit or a.suffix_unit
                    a.scale = b.scale or a.scale
                    a.nend = b.nend
                    merged.append(a)
                    i += 2
                    continue
                if dash and lo >= b.value and not (a.suffix_unit or b.suffix_unit or a.cur):
                    a.skip = b.skip = "score"
                    i += 2
                    continue
        merged.append(a)
        i += 1

    figs = merged
    # units: what follows
    for a in figs:
        if a.cur:
            a.unit, a.unit_end = a.cur, a.end
            if a.end < len(p):
                _unit_after(p, a)            # notes a postposed "lebih"
        elif a.suffix_unit:
            a.unit, a.unit_end = a.suffix_unit, a.end
        else:
            a.unit, a.unit_end = _unit_after(p, a)
    # shared with the next number: "dari 175 menjadi 353 hoaks", "10, 20, dan 30 persen"
    for k in range(len(figs) - 2, -1, -1):
        a, b = figs[k], figs[k + 1]
        if a.unit is None and b.unit and a.sent == b.sent:
            if _link_ok(p, a, p[a.end:b.start], starts[a.sent], False):
                a.unit = b.unit
    # inherited from the previous number: "dari 175 hoaks menjadi 353", "9 penyelamatan, 3 ..."
    for k in range(1, len(figs)):
        a, b = figs[k - 1], figs[k]
        if b.unit is None and a.unit and a.sent == b.sent:
            if _link_ok(p, a, p[a.unit_end or a.end:b.start], starts[a.sent], a.unit_end is not None and a.unit_end > a.end):
                b.unit = a.unit
        elif b.unit is None and a.unit and _PART_OF_RE.match(p, b.end):
            b.unit = a.unit  # "... 9.870 aduan. Dari jumlah itu, 6.400 di antaranya ...": a part of them
    # a counting noun before the number, an age, a money clause
    for k, a in enumerate(figs):
        if a.unit is not None:
            continue
        floor = starts[a.sent]
        if k > 0 and figs[k - 1].sent == a.sent:
            floor = max(floor, figs[k - 1].unit_end or figs[k - 1].end)
        pw, _ = _prev_word(p, a.start, floor)
        if pw and pw.lower() in PREFIX_UNITS:
            a.unit = PREFIX_UNITS[pw.lower()]
            continue
        a.unit = _backward_unit(p, a, floor)

    out = []
    for a in figs:
        floor = starts[a.sent]
        a.qualifier = _qualifier(p, a, floor)
        s_end = starts[a.sent + 1] if a.sent + 1 < len(starts) else len(p)
        out.append({
            "text": p[a.start:a.end].strip(),
            "value": _clean_value(a.value),
            "unit": a.unit,
            "qualifier": a.qualifier,
            "upper": _clean_value(a.upper) if a.upper is not None else None,
            "sentence": p[starts[a.sent]:s_end].strip(),
            "paragraph": pi,
            "start": a.start,
            "end": a.end,
        })
    return out


def find_figures(paragraphs: list[str]) -> list[dict]:
    """All figures in the body paragraphs, in text order (every mention counts)."""
    out = []
    for pi, p in enumerate(paragraphs):
        if not p or not isinstance(p, str):
            continue
        # a figure needs a digit or a number word ending in a scale word
        low = p.lower()
        if p.isascii():                   # _marks(p), inlined
            marks = p.encode("ascii").translate(_MARK_TABLE)
            digits = b"0" in marks
        else:
            marks = None
            digits = _DIGIT_RE.search(p) is not None
        scale = _may_have_word_number(p, low)
        if digits or scale:
            out.extend(_paragraph_figures(p, pi, low, digits, scale, marks))
    return out


# Scanning a paragraph with a pattern that starts with a character class (\d, [.!?…])
# costs the regex engine some 15-20 ns a character, as much as the rest of the work on a
# paragraph without figures. An ASCII paragraph (nearly all of them) is instead
# translated once, in C, into marks that bytes.find() skips through: "0" for a digit
# (only ASCII digits are \d there), "." for a sentence end [.!?] (no "…" there), " "
# for the rest. The patterns are then tried only where a match can start.
_MARK_TABLE = bytes(ord("0") if chr(c) in "0123456789" else ord(".") if chr(c) in ".!?" else ord(" ")
                    for c in range(256))


def _marks(p: str) -> bytes | None:
    """``p`` as marks (see _MARK_TABLE), or None when ``p`` is not ASCII."""
    return p.encode("ascii").translate(_MARK_TABLE) if p.isascii() else None


def _marked_matches(pattern: re.Pattern, p: str, marks: bytes, mark: bytes):
    """The matches of ``pattern.finditer(p)``, for a pattern that never matches the empty
    string, has no lookbehind and whose matches start only where ``marks`` holds
    ``mark``: ``search`` from a position is the first of those places from there where
    ``match`` succeeds."""
    out = []
    i = marks.find(mark)
    while i >= 0:
        m = pattern.match(p, i)
        if m:
            out.append(m)
            i = marks.find(mark, m.end())
        else:
            i = marks.find(mark, i + 1)
    return out


def _numerals(p: str, marks: bytes | None = None) -> list:
    """The matches of _NUMERAL_RE in ``p`` (which matches at every digit)."""
    if marks is None:
        return list(_NUMERAL_RE.finditer(p))
    return _marked_matches(_NUMERAL_RE, p, marks, b"0")


_DIGIT_RE = re.compile(r"\d")
# every scale word a number-word figure ends in (ribu, seribu, juta, sejuta...) holds one of these
_SCALE_STEMS = ("ribu", "juta", "miliar", "milyar", "triliun", "trilyun")


# where each scale word is looked for: by a substring of it (see _has_scale_word)
_SCALE_PROBES = (("ribu", ("ribu",)), ("juta", ("juta",)), ("mil", ("miliar", "milyar")),
                 ("tril", ("triliun", "trilyun")))
_WN_ANY_WORDS = tuple(_WN_ANY.split("|"))


def _may_have_word_number(p: str, low: str) -> bool:
    """Could ``_word_atoms(p, low)`` find a figure? (False means it finds none.)

    It keeps only number words with a scale word among them, which either is the first
    ("seribu", "sejuta") or follows another number word and white space ("dua juta",
    "lima ratus ribu"). Most paragraphs with a scale word have it after digits ("10
    juta"), and _word_atoms scans the whole paragraph. When ``p`` is searched as written
    (see _wordnum_spans) only the plain test is made.
    """
    if not _has_scale_word(low):          # the quick test first: most paragraphs have none
        return False
    if not p.isascii() and (len(low) != len(p) or "ı" in p or "ſ" in p):
        return True
    for probe, words in _SCALE_PROBES:
        i = low.find(probe)
        while i >= 0:
            if low.startswith(words, i) and (
                    low[max(0, i - 2):i] == "se"
                    or (low[i - 1:i].isspace() and low[:i].rstrip().endswith(_WN_ANY_WORDS))):
                return True
            i = low.find(probe, i + 1)
    return False


def _has_scale_word(low: str) -> bool:
    """Could ``low`` (a lower-cased paragraph) hold a number word ending in a scale word?
    ``_word_atoms`` keeps only matches with a token whose ``lower()`` is a scale word."""
    # _SCALE_STEMS; each substring test scans the paragraph (about 1 ns a character), so
    # the two spellings of miliar and of triliun are looked for only after their "mil" and
    # "tril" (the first is common: "memiliki", "pemilu"; the second rare)
    return ("ribu" in low or "juta" in low
            or ("mil" in low and ("miliar" in low or "milyar" in low))
            or ("tril" in low and ("triliun" in low or "trilyun" in low)))
