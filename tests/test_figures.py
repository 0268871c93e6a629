"""Tests for extract.figures: numeric quantities in Indonesian news text.

Every sentence here is written for these tests (none is taken from the corpus).
Each table row gives a text and the complete list of figures expected in it, as
(value, unit, qualifier) triples; an empty list means "no figure at all".
"""
from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.figures import find_figures, parse_number

ANY = object()  # a field the row does not check

CASES = [
    # --- plain numbers, Indonesian separators -------------------------------------
    ("Pameran itu menarik 18.650 pengunjung.", [(18650, "pengunjung", None)]),
    ("Posko pengaduan mencatat 3.417 aduan tertulis.", [(3417, "aduan", None)]),
    ("Kumpulan data itu memuat 1.234.567 baris catatan.", [(1234567, "baris", None)]),
    ("Tinggi badannya bertambah 2,5 sentimeter.", [(2.5, "sentimeter", None)]),
    ("Panitia menyiapkan 300 kursi tambahan.", [(300, "kursi", None)]),
    # --- scale words and short forms ------------------------------------------------
    ("Layanan itu kini punya 10 juta pengguna.", [(10_000_000, "pengguna", None)]),
    ("Gudang itu menampung 1,35 juta ton gabah kering.", [(1_350_000, "ton", None)]),
    ("Sebanyak 86 ribu tautan diperiksa ulang.", [(86_000, "tautan", "sebanyak")]),
    ("Kampanye ini mengumpulkan 75 rb tanda tangan.", [(75_000, "tanda", None)]),
    ("Aplikasinya diunduh 3 jt kali dalam sepekan.", [(3_000_000, "kali", None)]),
    ("Stok nasional diperkirakan 4,25 juta ton.", [(4_250_000, "ton", "sekitar")]),
    ("Polisi Sita 45 Ribu Butir Obat Ilegal", [(45_000, "butir", None)]),
    # --- currencies -----------------------------------------------------------------
    ("Perusahaan membukukan laba Rp 1,5 triliun.", [(1_500_000_000_000, "rupiah", None)]),
    ("Proyek jembatan itu bernilai Rp 5 M.", [(5_000_000_000, "rupiah", None)]),
    ("Dana hibah sebesar Rp 2,3 T dicairkan bertahap.", [(2_300_000_000_000, "rupiah", "sebesar")]),
    ("Tiketnya dijual Rp75.000 per lembar.", [(75_000, "rupiah", None)]),
    ("Harga sewa gedung Rp 12.500.000,00 sehari.", [(12_500_000, "rupiah", None)]),
    ("Pendanaan seri A mencapai US$ 40 juta.", [(40_000_000, "dolar", "mencapai")]),
    ("Kerugiannya ditaksir 250 ribu dolar AS.", [(250_000, "dolar", "sekitar")]),
    ("Ekspor kopi bernilai USD 1,2 miliar tahun lalu.", [(1_200_000_000, "dolar", None)]),
    ("Pelaku meminta tebusan 800 juta rupiah.", [(800_000_000, "rupiah", None)]),
    # --- percent ----------------------------------------------------------------------
    ("Angka partisipasi naik 12 persen.", [(12, "persen", None)]),
    ("Tingkat pengangguran turun menjadi 4,8%.", [(4.8, "persen", None)]),
    ("Inflasi bulanan tercatat -0,12 persen.", [(-0.12, "persen", None)]),
    # --- a unit glued to the number -----------------------------------------------------
    ("Ponsel itu membawa baterai 5000mAh dan memori 256GB.", [(5000, "mah", None), (256, "gb", None)]),
    ("Layarnya punya laju penyegaran 120Hz, prosesornya 3,2GHz.", [(120, "hz", None), (3.2, "ghz", None)]),
    ("Kecepatan unduh rata-rata hanya 18Mbps di daerah itu.", [(18, "mbps", "hanya")]),
    ("Operator memperluas jaringan 5G ke kota kecil.", []),
    ("Lari 100m putra dimenangi pelari tuan rumah.", [(100, "m", None)]),
    ("Warga diajak menjalankan gerakan 3M Plus di rumah masing-masing.", []),
    # --- number words joined to a scale word ------------------------------------------
    ("Sebanyak dua juta pelanggan terdampak gangguan.", [(2_000_000, "pelanggan", "sebanyak")]),
    ("Satu setengah juta botol disita petugas.", [(1_500_000, "botol", None)]),
    ("Tiga ratus ribu bibit dibagikan gratis.", [(300_000, "bibit", None)]),
    # --- unit standing before the number, or carried over -----------------------------
    ("Pelanggan setia koran digital itu kini tercatat 3 juta.", [(3_000_000, "pelanggan", None)]),
    ("Jumlah penonton yang hadir di stadion tercatat 41.500.", [(41_500, "penonton", None)]),
    ("Jumlah aduan naik dari 80 menjadi 145 aduan.", [(80, "aduan", None), (145, "aduan", None)]),
    ("Jumlah aduan naik dari 80 aduan menjadi 145.", [(80, "aduan", None), (145, "aduan", None)]),
    ("Penjaga gawang membuat 9 penyelamatan, 3 di antaranya dari jarak dekat.",
     [(9, "penyelamatan", None), (3, "penyelamatan", None)]),
    ("Sebanyak 3 dari 10 responden belum pernah mendengar aturan itu.",
     [(3, "responden", "sebanyak"), (10, "responden", None)]),
    ("Harga tiket pertunjukan dibanderol 450 ribu.", [(450_000, "rupiah", None)]),
    ("Akun yang dibekukan mencapai 900.", [(900, "akun", "mencapai")]),
    ("Aplikasi itu telah diunduh 100 juta.", [(100_000_000, None, None)]),
    ("Pada 2022 tercatat 900 laporan, naik menjadi 1.300 setahun kemudian.",
     [(900, "laporan", None), (1300, "laporan", None)]),
    # --- plain counters -----------------------------------------------------------------
    ("Polisi memeriksa 14 orang saksi.", [(14, "orang", None)]),
    ("Video itu diputar ulang 500 kali.", [(500, "kali", None)]),
    ("Dealer itu menjual 35 unit mobil listrik.", [(35, "unit", None)]),
    ("Patroli siber menemukan 60 akun palsu dan 12 situs tiruan.",
     [(60, "akun", None), (12, "situs", None)]),
    ("Kanal itu mengunggah 250 video edukasi.", [(250, "video", None)]),
    ("Bank sentral memangkas bunga 50 basis poin.", [(50, "basis poin", None)]),
    # --- qualifiers -----------------------------------------------------------------------
    ("Lebih dari 5.000 relawan ikut membersihkan pantai.", [(5000, "relawan", "lebih dari")]),
    ("Kira-kira 70 persen kursi terisi.", [(70, "persen", "sekitar")]),
    ("Hampir 400 sekolah rusak akibat gempa.", [(400, "sekolah", "hampir")]),
    ("Waktu tunggunya kurang dari 15 menit.", [(15, "menit", "kurang dari")]),
    ("Diskon hingga 50 persen berlaku akhir pekan ini.", [(50, "persen", "hingga")]),
    ("Setidaknya 9 orang luka ringan.", [(9, "orang", "setidaknya")]),
    ("Kurang lebih 200 pedagang direlokasi.", [(200, "pedagang", "kurang lebih")]),
    ("Antreannya mencapai sekitar 2 kilometer.", [(2, "kilometer", "sekitar")]),
    ("Ada 15 ribu lebih peserta yang mendaftar.", [(15_000, "peserta", "lebih dari")]),
    # --- ages and durations count -------------------------------------------------------------
    ("Korban masih berusia 13 tahun.", [(13, "tahun", None)]),
    ("Masa uji cobanya diperpanjang 3 bulan.", [(3, "bulan", None)]),
    ("Pameran berlangsung selama 7 hari.", [(7, "hari", None)]),
    ("Ia divonis 2 tahun 8 bulan penjara.", [(2, "tahun", None), (8, "bulan", None)]),
    ("Pelatih berumur 52 itu tetap bugar.", [(52, "tahun", None)]),
    # --- not figures: calendar years -----------------------------------------------------------
    ("Aturan itu berlaku sejak 2019.", []),
    ("Target tersebut dipasang untuk tahun 2023.", []),
    ("Program serupa pernah digelar pada 2018 di kota lain.", []),
    ("Perhelatan Pemilu 2024 diawasi ketat.", []),
    ("Festival ini merayakan Hari Anak Nasional 2018.", []),
    # --- not figures: dates and clock times ----------------------------------------------------
    ("Pertemuan digelar Selasa (14/3/2021) di Makassar.", []),
    ("Surat itu diterbitkan (3/11/2020) oleh dinas.", []),
    ("Acara pembukaan berlangsung 5 Oktober 2023.", []),
    ("Sidang dimulai pukul 14.30 WIB.", []),
    ("Layanan ditutup 17.00 WIB setiap hari.", []),
    ("Rapat dijadwalkan 12-14 Juni di Bandung.", []),
    # --- not figures: ordinals ----------------------------------------------------------------------
    ("Ia finis ke-5 pada lomba itu.", []),
    ("Ini adalah kedua kalinya acara tersebut digelar.", []),
    # --- not figures: identifiers ---------------------------------------------------------------------
    ("Ketentuan itu diatur dalam PP Nomor 17 Tahun 2025.", []),
    ("Pelaku dijerat UU Nomor 19 tentang perubahan aturan itu.", []),
    ("Ancaman pidananya ada di Pasal 27 ayat 3.", []),
    ("Pedagang merujuk pada Permendag 31/2023.", []),
    ("Turnamen Dota 2 kembali digelar bulan depan.", []),
    ("Skuad U-23 berangkat ke Qatar.", []),
    ("Kasus COVID-19 kembali meningkat.", []),
    ("Ketentuan ini tercantum dalam Pasal 5 ayat (2).", []),
    ("Ponsel barunya sudah mendukung jaringan 5G.", []),
    ("Kantor perwakilannya ada di lantai 8 gedung itu.", []),
    # --- not figures: phone numbers, scores, page counters, small number words ----------------------------
    ("Warga bisa melapor ke nomor 081234567890.", []),
    ("Hubungi layanan pelanggan di (021) 5550123.", []),
    ("Tuan rumah menang 2-1 atas tim tamu.", []),
    ("Laga itu berakhir imbang 1-1.", []),
    ("2 dari 3 halaman", []),
    ("Ada dua platform yang belum mendaftar.", []),
    ("Sehari ia hanya menjual tiga potong kain.", []),
    ("Wisatawan memadati Kepulauan Seribu saat libur panjang.", []),
    ("Layanan darurat itu siaga 7x24 jam.", []),
    ("Pemain sayap itu mengenakan nomor punggung 10.", []),
    ("Patroli dimulai jam 9 malam.", []),
    ("Harga cabai diumumkan Rp 40.000 per kilogram, 3 x 4 meter lapaknya.", [(40_000, "rupiah", None), (3, "meter", None), (4, "meter", None)]),
    ("Pendaftaran ditutup 30 April pukul 23.59 WIB.", []),
    ("Ia mengutip Pasal 40 ayat 1 dan Perpres Nomor 82 Tahun 2023.", []),
    ("Gol penentu lahir pada menit 90+3.", []),
    # --- "tahun" after a number is a duration; "Tahun 2014" after Nomor is not ------------------------------
    ("Pengalamannya 10 tahun sebagai hakim tidak diragukan.", [(10, "tahun", None)]),
    ("Peraturan Menteri Nomor 5 Tahun 2014 direvisi.", []),
    # --- several figures mixed with non-figures ------------------------------------------------------------------
    ("Sejak 2020, forum itu menghapus 640 ribu unggahan dan membekukan 7.300 akun.",
     [(640_000, "unggahan", None), (7300, "akun", None)]),
    ("Layanan itu dihentikan Jumat (9/2/2024) pukul 10.00 WIB bagi 2,4 juta mitra.",
     [(2_400_000, "mitra", None)]),
]


def _check(figs, expected):
    got = [(f["value"], f["unit"], f["qualifier"]) for f in figs]
    assert len(got) == len(expected), got
    for (gv, gu, gq), (ev, eu, eq) in zip(got, expected):
        assert gv == pytest.approx(ev), got
        if eu is not ANY:
            assert gu == eu, got
        if eq is not ANY:
            assert gq == eq, got


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_table(text, expected):
    _check(find_figures([text]), expected)


def test_table_is_large_enough():
    assert len(CASES) >= 60


# --- ranges ------------------------------------------------------------------------------


@pytest.mark.parametrize("text,value,upper,unit", [
    ("Harga cabai naik 10-20 persen.", 10, 20, "persen"),
    ("Pemerintah menyiapkan antara 5 hingga 7 juta dosis.", 5_000_000, 7_000_000, "dosis"),
    ("Anggarannya Rp 5 miliar-Rp 7 miliar.", 5_000_000_000, 7_000_000_000, "rupiah"),
    ("Pelakunya berusia 25-30 tahun.", 25, 30, "tahun"),
    ("Antara 3 dan 4 juta orang mudik.", 3_000_000, 4_000_000, "orang"),
])
def test_ranges_keep_both_bounds(text, value, upper, unit):
    figs = find_figures([text])
    assert len(figs) == 1, figs
    assert figs[0]["value"] == value
    assert figs[0]["upper"] == upper
    assert figs[0]["unit"] == unit


def test_non_range_has_no_upper():
    (f,) = find_figures(["Sebanyak 40 siswa ikut."])
    assert f["upper"] is None


# --- record shape --------------------------------------------------------------------------


def test_fields_order_and_repeats():
    paragraphs = [
        "Stok jagung tercatat 3,4 juta ton. Pemerintah menilai stok itu aman.",
        "Penyaluran Cukup Sampai Panen",
        "Menurut petugas, stok 3,4 juta ton itu bisa bertahan lama. Ada pula Rp 6.200 per kilogram.",
    ]
    figs = find_figures(paragraphs)
    assert [f["value"] for f in figs] == [3_400_000, 3_400_000, 6200]
    assert [f["paragraph"] for f in figs] == [0, 2, 2]
    assert figs[0]["sentence"] == "Stok jagung tercatat 3,4 juta ton."
    assert figs[2]["sentence"] == "Ada pula Rp 6.200 per kilogram."
    assert figs[0]["text"] == "3,4 juta"
    assert figs[2]["text"] == "Rp 6.200"
    for f in figs:
        assert set(f) >= {"text", "value", "unit", "qualifier", "sentence", "paragraph", "upper"}
        assert paragraphs[f["paragraph"]][f["start"]:f["end"]] == f["text"]


def test_sentence_split_keeps_abbreviations():
    (f,) = find_figures(["Menurut Dr. Sari, jumlahnya 40 kasus. Itu kata dia."])
    assert f["sentence"] == "Menurut Dr. Sari, jumlahnya 40 kasus."


def test_empty_input():
    assert find_figures([]) == []
    assert find_figures(["", "Tanpa angka sama sekali."]) == []


# --- parse_number ------------------------------------------------------------------------------


@pytest.mark.parametrize("s,value", [
    ("1.234.567", 1234567), ("2,5", 2.5), ("10 juta", 1e7), ("Rp 5 M", 5e9), ("dua juta", 2e6),
    ("48.750", 48750), ("1,5 triliun", 1.5e12), ("Rp 2,5 miliar", 2.5e9), ("30 persen", 30),
    ("US$ 1,5 miliar", 1.5e9), ("Rp5.000", 5000), ("150 rb", 150_000), ("3 jt", 3_000_000),
    ("7 milyar", 7e9), ("Rp 2 T", 2e12), ("45%", 45), ("satu setengah juta", 1.5e6),
    ("dua ratus lima puluh ribu", 250_000), ("sejuta", 1e6), ("0,75", 0.75), ("1.234,5", 1234.5),
])
def test_parse_number(s, value):
    assert parse_number(s) == pytest.approx(value)


@pytest.mark.parametrize("s", ["", "abc", "1.2.3", "12:30", "5 M", "Rp", "sepuluh kucing", "10 juta pengguna"])
def test_parse_number_rejects(s):
    assert parse_number(s) is None


SCALES = {"": 1, "ribu": 10**3, "rb": 10**3, "juta": 10**6, "jt": 10**6, "miliar": 10**9,
          "milyar": 10**9, "triliun": 10**12}


def fmt_id(int_part: int, frac: str) -> str:
    """Write a number the Indonesian way: dots group thousands, comma before decimals."""
    s = f"{int_part:,}".replace(",", ".")
    return s + ("," + frac if frac else "")


@given(
    int_part=st.integers(min_value=0, max_value=10**12),
    frac=st.text(alphabet="0123456789", max_size=3),
    scale=st.sampled_from(sorted(SCALES)),
)
@settings(max_examples=300, deadline=None)
def test_parse_number_round_trip(int_part, frac, scale):
    text = fmt_id(int_part, frac) + (" " + scale if scale else "")
    expected = (Fraction(int_part) + (Fraction(int(frac), 10 ** len(frac)) if frac else 0)) * SCALES[scale]
    assert parse_number(text) == float(expected)


@given(
    int_part=st.integers(min_value=1, max_value=999_999),
    frac=st.text(alphabet="0123456789", max_size=2),
    scale=st.sampled_from(["", "ribu", "juta", "miliar", "triliun"]),
    currency=st.sampled_from(["", "Rp ", "Rp", "US$ "]),
)
@settings(max_examples=200, deadline=None)
def test_find_figures_reads_formatted_numbers(int_part, frac, scale, currency):
    number = currency + fmt_id(int_part, frac) + (" " + scale if scale else "")
    text = f"Pemerintah mencatat {number} untuk kelompok tersebut."
    expected = (Fraction(int_part) + (Fraction(int(frac), 10 ** len(frac)) if frac else 0)) * SCALES[scale]
    figs = find_figures([text])
    assert len(figs) == 1, figs
    assert figs[0]["value"] == pytest.approx(float(expected), rel=1e-12)
    assert figs[0]["text"] == number
    if currency:
        assert figs[0]["unit"] == ("rupiah" if currency.startswith("Rp") else "dolar")


MONTH_NAMES = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
               "September", "Oktober", "November", "Desember"]


@given(day=st.integers(1, 31), month=st.integers(1, 12), year=st.integers(1950, 2060),
       style=st.sampled_from(["long", "slash", "year"]))
@settings(max_examples=200, deadline=None)
def test_dates_and_years_are_never_figures(day, month, year, style):
    if style == "long":
        text = f"Kegiatan itu digelar pada {day} {MONTH_NAMES[month - 1]} {year} di balai kota."
    elif style == "slash":
        text = f"Kegiatan itu digelar Kamis ({day}/{month}/{year}) di balai kota."
    else:
        text = f"Kegiatan itu sudah rutin digelar sejak {year} di balai kota."
    assert find_figures([text]) == []


@given(n=st.integers(min_value=1, max_value=500),
       unit=st.sampled_from(["orang", "siswa", "video", "akun", "laporan", "unit", "situs"]))
@settings(max_examples=100, deadline=None)
def test_counter_after_number_is_the_unit(n, unit):
    figs = find_figures([f"Petugas mendata {fmt_id(n, '')} {unit} pada pekan ini."])
    assert [(f["value"], f["unit"]) for f in figs] == [(n, unit)]


def test_currency_written_with_a_dotless_i_does_not_crash():
    # re.IGNORECASE lets "ıDR" match the IDR pattern; the lookup must not raise
    figs = find_figures(["Nilainya mencapai 500 ıDR menurut data."])
    assert [(f["value"], f["unit"]) for f in figs] == [(500, "rupiah")]


def test_an_age_in_parentheses_after_a_person_is_a_figure():
    def ages(p):
        return [(f["value"], f["unit"]) for f in find_figures([p])]

    assert ages("Salah satu perajin, Warsini (57), sudah menganyam bambu sejak 1988.") == [(57, "tahun")]
    assert ages("Tersangka berinisial RD (19) dan korban (16) sudah diperiksa.") == [(19, "tahun"), (16, "tahun")]
    assert ages("Pelaku (23) ditangkap di rumahnya.") == [(23, "tahun")]
    # enumerators and identifiers in parentheses stay out
    assert ages("Pasal 40 Ayat (2) mengatur sanksi.") == []
    assert ages("Ketentuan (3) berlaku bagi semua platform.") == []
    assert ages("Syaratnya ada dua: (1) terdaftar dan (2) berizin.") == []
    assert ages("Hubungi Budi (0812) untuk info.") == []


def test_a_range_right_after_a_capitalised_word_keeps_its_lower_bound():
    def figs(p):
        return [(f["value"], f["unit"], f["upper"]) for f in find_figures([p])]

    assert figs("Potongan 15-25 persen berlaku akhir pekan ini.") == [(15, "persen", 25)]
    assert figs("Tarif 8-12 ribu rupiah sekali jalan.") == [(8000, "rupiah", 12000)]
    assert figs("Tim tamu menang 3-1 di kandang lawan.") == []  # a score stays out


def test_numbers_to_call_and_standards_are_no_figures():
    def values(p):
        return [f["value"] for f in find_figures([p])]

    assert values("Warga bisa menghubungi 112 atau datang ke posko terdekat.") == []
    assert values("Layanan itu sudah tersertifikasi ISO 9001.") == []
    assert values("Petugas menghubungi 140 pelanggan yang terdampak.") == [140]
    assert values("Polisi menghubungi 4 saksi.") == [4]


def test_ranges_written_with_words_or_two_currencies():
    def figs(p):
        return [(f["value"], f["unit"], f["upper"]) for f in find_figures([p])]

    assert figs("Kenaikannya 5 hingga 7 persen tahun ini.") == [(5, "persen", 7)]
    assert figs("Tarif Rp 150.000-Rp 200.000 per bulan.") == [(150000, "rupiah", 200000)]
    assert figs("Liga 1 - Persib menang lagi.") == []


def test_a_part_of_the_number_before_counts_the_same_noun():
    figs = find_figures(["Kementerian menerima 4.120 aduan. Dari jumlah itu, 2.300 di antaranya terkait judi daring."])
    assert [(f["value"], f["unit"]) for f in figs] == [(4120, "aduan"), (2300, "aduan")]
