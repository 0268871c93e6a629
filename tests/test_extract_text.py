"""Body rules on their own: datelines, editor codes, credit lines, boilerplate, <br>-glued furniture."""
import pytest

from extract import extract_article
from extract.text import credit_authors, finish_paragraphs, is_boilerplate, split_dateline


@pytest.mark.parametrize("first, city, rest", [
    ("Liputan6.com, Jakarta - Kominfo meminta", "Jakarta", "Kominfo meminta"),
    ("Liputan6.com, Jakarta -Kominfo meminta", "Jakarta", "Kominfo meminta"),
    ("Liputan6.com, Jakarta Sepekan lamanya", "Jakarta", "Sepekan lamanya"),  # 2020 mobile, no dash
    ("Liputan6.com, Jakarta Selatan Polisi menangkap", "Jakarta Selatan", "Polisi menangkap"),
    ("Liputan6.com, Bandung Barat - Warga", "Bandung Barat", "Warga"),
    ("Liputan6.com - Apa saja berita", None, "Apa saja berita"),
    ("JAKARTA, KOMPAS.com - Komisi I", "Jakarta", "Komisi I"),
    ("Jakarta, CNN Indonesia -- Komdigi", "Jakarta", "Komdigi"),
    ("Jakarta (ANTARA) - Kementerian", "Jakarta", "Kementerian"),
    ("TEMPO.CO, Jakarta - Presiden", "Jakarta", "Presiden"),
    ("TRIBUNNEWS.COM, BANDA ACEH - Warga", "Banda Aceh", "Warga"),
    ("TRIBUN-MEDAN.com, MEDAN - Satuan Reserse", "Medan", "Satuan Reserse"),  # a hyphen inside the outlet
    ("Suara-Jogja.id, Sleman - Warga", "Sleman", "Warga"),
    ("Jakarta - Polisi menangkap", "Jakarta", "Polisi menangkap"),  # detik
    ("Presiden Joko Widodo - yang akrab disapa", None, "Presiden Joko Widodo - yang akrab disapa"),
    ("Sun-Jin Park mengatakan", None, "Sun-Jin Park mengatakan"),
    ("Kementerian Komunikasi dan Digital (Komdigi) - lembaga", None,
     "Kementerian Komunikasi dan Digital (Komdigi) - lembaga"),
])
def test_dateline(first, city, rest):
    assert split_dateline(first) == (city, rest)


@pytest.mark.parametrize("paragraphs, codes, last", [
    (["Isi.", "(Dam/Jek)"], ["Dam", "Jek"], "Isi."),
    (["Isi.", "(tim/tim)"], ["tim", "tim"], "Isi."),
    (["Isi.", "(Yud)"], ["Yud"], "Isi."),
    (["Isi terakhir. (Jek/Ysl)"], ["Jek", "Ysl"], "Isi terakhir."),
    (["Isi terakhir. (Jek)"], ["Jek"], "Isi terakhir."),
    (["Isi.", "(Dam/Jek)", "Reporter: Afifah Cinthia"], ["Dam", "Jek"], "Isi."),
    (["Isi.", "(Tribunnews.com/Gita Irawan)"], [], "Isi."),
    (["Data dari Badan Pusat Statistik (BPS)"], [], "Data dari Badan Pusat Statistik (BPS)"),
])
def test_editor_codes_and_closing_credits(paragraphs, codes, last):
    kept, _, got = finish_paragraphs(paragraphs)
    assert got == codes and kept[-1] == last


@pytest.mark.parametrize("line", [
    "Baca Juga", "BACA JUGA: Judul Lain", "Lihat Juga : Judul", "Advertisement", "ADVERTISEMENT",
    "SCROLL TO CONTINUE WITH CONTENT", "Scroll down untuk melanjutkan membaca", "Lanjutkan Membaca ↓",
    "2 dari 3 halaman", "Halaman selanjutnya", "Saksikan Video Pilihan Berikut Ini:", "Saksikan video di bawah ini:",
    "Simak breaking news dan berita pilihan kami langsung di ponselmu lewat WhatsApp Channel",
    "— Kominfo (@kemkominfo) November 19, 2020", "pic.twitter.com/abc123", "Perbesar", "Loading",
    "Laporan Wartawan Tribunnews.com, Gita Irawan", "Copyright © ANTARA 2025", "Tag Terkait",
    "A post shared by Kominfo (@kemenkominfo)",
])
def test_boilerplate_lines(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", [
    "Kominfo menyebut postingan di Instagram itu hoaks.",
    "Baca dengan teliti syarat dan ketentuan sebelum mendaftar, kata dia.",
    "Video itu ditonton lebih dari 10 juta kali.",
])
def test_text_is_not_boilerplate(line):
    assert not is_boilerplate(line)


def test_credit_lines_name_the_journalist():
    assert credit_authors(["Pewarta: Budi Santoso Editor: Sri Haryati Copyright © ANTARA 2025"]) == ["Budi Santoso"]
    assert credit_authors(["Penulis: Gita Irawan | Editor: Wahyu Aji"]) == ["Gita Irawan"]
    assert credit_authors(["Kalimat biasa tentang penulis buku."]) == []


def test_furniture_glued_by_br_or_inside_a_paragraph():
    html = """<html><head><title>Uji</title></head><body><div class="detail-text">
    <p><strong>JAKARTA, KOMPAS.com -</strong><br>Pemerintah menyiapkan aturan baru untuk platform digital tahun depan.</p>
    <p>Kalimat kedua yang cukup panjang untuk diuji. Advertisement Kalimat ketiga setelah label iklan.</p>
    <p>Penutup artikel ini cukup panjang juga. Baca juga: Judul Lain yang Menarik</p>
    <p>(Dam/Jek)<br><br>Saksikan Video Pilihan Berikut Ini:</p></div></body></html>"""
    rec = extract_article(html, quotes=False, figures=False)
    assert rec["dateline"] == "Jakarta" and rec["editor_codes"] == ["Dam", "Jek"]
    assert rec["text"].split("\n\n") == [
        "Pemerintah menyiapkan aturan baru untuk platform digital tahun depan.",
        "Kalimat kedua yang cukup panjang untuk diuji. Kalimat ketiga setelah label iklan.",
        "Penutup artikel ini cukup panjang juga.",
    ]
