"""Tests of extract.quotes: direct and indirect speech with resolved speakers.

Every paragraph here is written for these tests (invented people, places and
organisations); none comes from a real article.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from extract import quotes as Q
from extract.quotes import find_quotes

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module", autouse=True)
def nlp():
    """Build the spaCy pipeline once for the whole module."""
    return Q.get_nlp()


def speakers(qs):
    return [q["speaker"] for q in qs]


def only(qs, kind):
    return [q for q in qs if q["kind"] == kind]


# ---------------------------------------------------------------------------
# Interface
# ---------------------------------------------------------------------------
def test_record_shape_and_text_order():
    qs = find_quotes([
        "Ketua Koperasi Tani Makmur, Darmaji Sulistyo, mengatakan panen tahun ini turun karena hujan terus-menerus.",
        "\"Gabah banyak yang busuk sebelum sempat dijemur,\" kata Darmaji di Boyolali, Senin (4/3/2024).",
    ])
    assert [set(q) for q in qs] == [{"text", "speaker", "role", "kind", "cue", "paragraph"}] * 2
    assert [(q["kind"], q["paragraph"]) for q in qs] == [("indirect", 0), ("direct", 1)]
    assert qs[0]["text"] == "panen tahun ini turun karena hujan terus-menerus"
    assert qs[0]["cue"] == "mengatakan"
    assert qs[1]["text"] == "Gabah banyak yang busuk sebelum sempat dijemur"
    assert qs[1]["cue"] == "kata"
    assert speakers(qs) == ["Darmaji Sulistyo"] * 2
    assert qs[0]["role"] == "Ketua Koperasi Tani Makmur"


def test_empty_input():
    assert find_quotes([]) == []
    assert find_quotes(["", "   "]) == []


def test_import_does_not_build_or_import_spacy():
    code = "import sys, extract.quotes as q; assert q._NLP is None; assert 'spacy' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


# ---------------------------------------------------------------------------
# Direct quotes
# ---------------------------------------------------------------------------
def test_several_sentences_in_one_pair_are_one_quote_without_closing_comma():
    qs = find_quotes(["\"Air sudah surut. Warga mulai membersihkan rumah. Bantuan tetap kami salurkan,\" tutur Wening Prameswari."])
    assert len(qs) == 1
    assert qs[0]["text"] == "Air sudah surut. Warga mulai membersihkan rumah. Bantuan tetap kami salurkan"
    assert qs[0]["speaker"] == "Wening Prameswari"
    assert qs[0]["kind"] == "direct"
    assert qs[0]["cue"] == "tutur"


def test_curly_quotes():
    qs = find_quotes(["“Kami belum menerima surat resminya,” ujar Gilang Ramadhan."])
    assert [(q["text"], q["speaker"], q["cue"]) for q in qs] == [
        ("Kami belum menerima surat resminya", "Gilang Ramadhan", "ujar")]


def test_split_quote_around_attribution_gives_two_quotes_same_speaker():
    qs = find_quotes([
        "\"Semua posko sudah siap,\" kata Joko Prasetyo. \"Relawan juga sudah kami bagi ke enam kecamatan.\"",
    ])
    assert [q["text"] for q in qs] == [
        "Semua posko sudah siap", "Relawan juga sudah kami bagi ke enam kecamatan."]
    assert speakers(qs) == ["Joko Prasetyo", "Joko Prasetyo"]


def test_nested_quoted_terms_stay_inside_the_quote():
    qs = find_quotes([
        "\"Kami menamai program ini 'Jari Bijak' supaya mudah diingat anak-anak,\" kata Sekar Ayuningtyas.",
        "“Mereka menyebut video itu \"keren\", padahal isinya berbahaya,” lanjutnya.",
    ])
    assert [q["text"] for q in qs] == [
        "Kami menamai program ini 'Jari Bijak' supaya mudah diingat anak-anak",
        "Mereka menyebut video itu \"keren\", padahal isinya berbahaya",
    ]
    assert speakers(qs) == ["Sekar Ayuningtyas"] * 2


def test_attribution_before_the_quote():
    qs = find_quotes(["Kepala desa, Suryadi Wibowo, mengatakan, \"Jembatan darurat selesai pekan depan.\""])
    assert len(qs) == 1
    assert qs[0]["kind"] == "direct"
    assert qs[0]["speaker"] == "Suryadi Wibowo"
    assert qs[0]["text"] == "Jembatan darurat selesai pekan depan."


def test_question_quote_and_pronoun_object_kata_dia():
    qs = find_quotes([
        "Menurut pedagang ikan, Rustam Effendi, harga solar membuat nelayan enggan melaut.",
        "\"Bagaimana kami bisa melaut kalau solar saja susah dicari?\" tanya Rustam.",
        "\"Kami hanya minta pasokan lancar,\" kata dia.",
    ])
    assert [q["cue"] for q in qs] == ["menurut", "tanya", "kata"]
    assert speakers(qs) == ["Rustam Effendi"] * 3


def test_titles_and_terms_in_quotation_marks_are_not_quotes():
    qs = find_quotes([
        "Acara bertajuk \"Pekan Literasi Digital Remaja\" itu diikuti 300 pelajar dari 20 sekolah.",
        "Banyak remaja menganggap konten semacam itu \"lucu\" dan tidak berbahaya.",
        "Tagar \"SelamatkanPantai\" sempat menjadi topik terpopuler sepanjang akhir pekan.",
        "Pelatihan 'Jurnalisme Warga untuk Pemula' digelar di aula kecamatan.",
    ])
    assert qs == []


def test_unattributed_quote_paragraph_continues_previous_speaker():
    qs = find_quotes([
        "\"Kami tidak akan menaikkan tarif tahun ini,\" kata Direktur Utama Perumda Air Minum Tirta Lestari, Bonifasius Lado.",
        "\"Yang akan kami perbaiki adalah jaringan pipa di wilayah utara yang sering bocor.\"",
    ])
    assert speakers(qs) == ["Bonifasius Lado", "Bonifasius Lado"]
    assert qs[1]["cue"] is None


def test_multi_paragraph_quote_with_open_mark():
    qs = find_quotes([
        "\"Sekolah harus menjadi tempat yang aman bagi semua anak, tanpa kecuali.",
        "\"Karena itu setiap laporan perundungan akan kami tindak lanjuti,\" kata Kepala Sekolah, Margaretha Sinaga.",
    ])
    assert [q["text"] for q in qs] == [
        "Sekolah harus menjadi tempat yang aman bagi semua anak, tanpa kecuali.",
        "Karena itu setiap laporan perundungan akan kami tindak lanjuti",
    ]
    assert speakers(qs) == ["Margaretha Sinaga"] * 2


def test_speaker_named_in_following_passive_sentence():
    qs = find_quotes([
        "\"Semua pedagang sudah kami data satu per satu.\" Hal itu disampaikan Kepala Pasar Cempaka, Yusuf Effendi, di kantornya.",
    ])
    assert [(q["speaker"], q["role"]) for q in qs] == [("Yusuf Effendi", "Kepala Pasar Cempaka")]


# ---------------------------------------------------------------------------
# Indirect speech
# ---------------------------------------------------------------------------
def test_menurut_x_clause_ends_with_its_sentence():
    qs = find_quotes([
        "Menurut peneliti Lembaga Kajian Pesisir, Hana Kristiani, abrasi di pantai utara makin parah. Tahun lalu garis pantai mundur 12 meter.",
    ])
    assert len(qs) == 1
    assert qs[0]["kind"] == "indirect"
    assert qs[0]["cue"] == "menurut"
    assert qs[0]["text"] == "abrasi di pantai utara makin parah"
    assert qs[0]["speaker"] == "Hana Kristiani"
    assert qs[0]["role"] == "peneliti Lembaga Kajian Pesisir"


@pytest.mark.parametrize("verb", [
    "mengatakan", "menuturkan", "menjelaskan", "mengungkapkan", "menegaskan", "menyebut",
    "menyebutkan", "mengaku", "menambahkan",
])
def test_speech_verbs(verb):
    qs = find_quotes([f"Camat Sukamaju, Evi Nurhayati, {verb} bahwa jalan desa akan diperbaiki bulan depan."])
    assert [(q["kind"], q["cue"], q["speaker"], q["text"]) for q in qs] == [
        ("indirect", verb, "Evi Nurhayati", "jalan desa akan diperbaiki bulan depan")]


@pytest.mark.parametrize("sentence", [
    "Ia berharap warga ikut menjaga kebersihan sungai.",
    "Dia meyakini program itu akan berhasil menekan angka putus sekolah.",
    "Fransiska khawatir harga pupuk akan terus naik menjelang musim tanam.",
    "Polisi mengimbau warga tidak menyebarkan video kecelakaan itu.",
    "Bupati Tono Haryanto mengajak warga menanam pohon di pekarangan rumah.",
    "Kebijakan itu dinilai terlalu longgar oleh sejumlah pegiat lingkungan.",
    "Jumlah pemudik tahun ini diperkirakan mencapai 190 juta orang.",
    "Berdasarkan data Badan Pusat Statistik, angka pengangguran turun menjadi 5 persen.",
    "Menurut data dinas setempat, ada 42 sekolah yang rusak akibat banjir.",
    "Laporan tersebut menyebutkan kerugian mencapai Rp 3 miliar.",
    "Tim Siber Polda Sulawesi Selatan mengungkapkan jaringan penipuan daring di Makassar.",
])
def test_not_quotes(sentence):
    qs = find_quotes(["Kepala Dinas Sosial, Wulan Safitri, mengatakan bantuan sudah disalurkan ke 3.000 keluarga.", sentence])
    assert [q["paragraph"] for q in qs] == [0], qs


def test_pronoun_subject_dia_menuturkan_resolves_to_last_speaker():
    qs = find_quotes([
        "\"Stok vaksin kami cukup sampai akhir bulan,\" kata Kepala Puskesmas Cendana, Ratna Dewi Anggraeni.",
        "Dia menuturkan, sebagian besar vaksin akan diberikan kepada anak usia sekolah dasar.",
    ])
    assert [(q["kind"], q["speaker"]) for q in qs] == [("direct", "Ratna Dewi Anggraeni"), ("indirect", "Ratna Dewi Anggraeni")]
    assert qs[1]["text"] == "sebagian besar vaksin akan diberikan kepada anak usia sekolah dasar"


def test_menurutnya_and_menurut_dia_resolve_to_last_speaker():
    qs = find_quotes([
        "Guru besar hukum tata negara, Prof. Albertus Sitorus, mengatakan putusan itu bersifat final.",
        "Menurutnya, pemerintah wajib menjalankan putusan tersebut paling lambat 90 hari.",
        "Menurut dia, tidak ada upaya hukum lain yang bisa ditempuh.",
    ])
    assert speakers(qs) == ["Albertus Sitorus"] * 3
    assert [q["cue"] for q in qs] == ["mengatakan", "menurut", "menurut"]
    assert qs[1]["text"] == "pemerintah wajib menjalankan putusan tersebut paling lambat 90 hari"


def test_closing_kata_x_indirect():
    qs = find_quotes(["Pemerintah kabupaten akan menambah dua unit ambulans tahun depan, kata Bupati Herlambang Saputra."])
    assert [(q["kind"], q["cue"], q["speaker"], q["text"]) for q in qs] == [
        ("indirect", "kata", "Herlambang Saputra", "Pemerintah kabupaten akan menambah dua unit ambulans tahun depan")]


def test_mid_sentence_kata_and_menurut():
    qs = find_quotes([
        "Ketua panitia, Oktaviani Purba, mengatakan lomba diikuti 40 sekolah.",
        "Ke depan, kata Oktaviani, lomba serupa akan digelar setiap tahun.",
    ])
    assert speakers(qs) == ["Oktaviani Purba"] * 2
    assert "akan digelar setiap tahun" in qs[1]["text"]


# ---------------------------------------------------------------------------
# Speakers: names, titles, roles, organisations
# ---------------------------------------------------------------------------
@pytest.mark.parametrize("para, name, role_start", [
    ("dr. Kadek Ayu Lestari, Sp.A, menjelaskan bahwa sebagian besar pasien anak mengalami dehidrasi.",
     "Kadek Ayu Lestari", None),
    ("Prof. Dr. Hendra Kusuma, M.Si., guru besar ekonomi Universitas Bukit Raya, mengatakan inflasi pangan perlu diwaspadai.",
     "Hendra Kusuma", "guru besar"),
    ("Menteri Kelautan dan Perikanan Darmawan Tumenggung mengatakan kuota tangkap akan ditinjau ulang.",
     "Darmawan Tumenggung", "Menteri Kelautan dan Perikanan"),
    ("Kepala Seksi Layanan Aplikasi Dinas Kominfo Kota Pematang, Rahmat Hasibuan, mengatakan aplikasi itu sudah diuji.",
     "Rahmat Hasibuan", "Kepala Seksi Layanan Aplikasi"),
    ("Menurut Head of Public Policy Layarku Indonesia Rina Maharani, perusahaan selalu mematuhi aturan yang berlaku.",
     "Rina Maharani", "Head of Public Policy"),
    ("\"Kami akan mengawal kasus ini,\" kata Kabid Humas Polda Sumatera Selatan Kombes Hadi Santoso kepada wartawan.",
     "Hadi Santoso", "Kabid Humas"),
])
def test_titles_and_roles_are_stripped_from_speaker(para, name, role_start):
    qs = find_quotes([para])
    assert len(qs) == 1, qs
    assert qs[0]["speaker"] == name
    if role_start:
        assert (qs[0]["role"] or "").startswith(role_start), qs[0]["role"]


def test_role_words_run_separated_by_organisation_used_elsewhere():
    # "Sinar Kreasi" is used on its own elsewhere, so it is the organisation, not part of the name
    qs = find_quotes([
        "Sinar Kreasi membuka program beasiswa bagi 500 pelajar.",
        "Menurut Head of Marketing Sinar Kreasi Tania Wulandari, pendaftaran dibuka hingga akhir bulan.",
    ])
    assert [(q["speaker"], q["role"]) for q in qs] == [("Tania Wulandari", "Head of Marketing Sinar Kreasi")]


def test_organisation_speakers():
    qs = find_quotes([
        "Kementerian Kominfo dalam keterangan tertulisnya menyebutkan bahwa 200 konten hoaks telah diturunkan.",
        "Layarku Indonesia dalam keterangan resminya menyebut akan menambah moderator konten berbahasa daerah.",
        "Bank Dunia menyebutkan ekonomi digital kawasan akan terus tumbuh.",
    ])
    assert speakers(qs) == ["Kementerian Kominfo", "Layarku Indonesia", "Bank Dunia"]
    assert all(q["kind"] == "indirect" for q in qs)
    assert qs[1]["text"] == "akan menambah moderator konten berbahasa daerah"


def test_short_form_resolves_to_full_name():
    qs = find_quotes([
        "Kepala Dinas Kesehatan Kota Bogor, dr. Sri Wahyuni Lestari, Sp.PD, mengatakan kasus demam berdarah naik.",
        "\"Kami sudah menambah tempat tidur di rumah sakit daerah,\" kata Sri.",
    ])
    assert speakers(qs) == ["Sri Wahyuni Lestari"] * 2
    assert qs[1]["role"] == "Kepala Dinas Kesehatan Kota Bogor"


def test_short_form_of_a_name_introduced_in_narration():
    qs = find_quotes([
        "Rombongan itu diterima Sekretaris Daerah Kabupaten Lembah Hijau, Antonius Gede Wirawan.",
        "Antonius menegaskan bahwa izin tambang pasir tidak akan diperpanjang.",
    ])
    assert [(q["speaker"], q["role"]) for q in qs] == [
        ("Antonius Gede Wirawan", "Sekretaris Daerah Kabupaten Lembah Hijau")]


def test_nickname_in_brackets():
    qs = find_quotes([
        "\"Kita kejar target itu,\" kata Gubernur Bambang Pamungkas (Bamkas) di kantornya.",
        "Bamkas menambahkan, anggaran untuk jalan provinsi sudah disiapkan.",
    ])
    assert speakers(qs) == ["Bambang Pamungkas"] * 2


# ---------------------------------------------------------------------------
# Pronouns and discourse
# ---------------------------------------------------------------------------
def test_pronoun_after_another_person_was_named_refers_to_last_speaker():
    qs = find_quotes([
        "Menurut Ketua RW 05, Agustinus Lumban, banjir kali ini lebih tinggi dari tahun lalu.",
        "Dia juga menyinggung langkah Wakil Wali Kota Rudi Hartanto yang belum meninjau lokasi.",
        "Pada kesempatan yang sama, hadir pula anggota DPRD Melinda Sarumpaet bersama rombongan.",
        "\"Sampai sekarang belum ada perahu karet yang datang ke sini,\" tuturnya.",
    ])
    assert speakers(qs) == ["Agustinus Lumban", "Agustinus Lumban"]


def test_clitic_pronoun_after_new_person_introduced_as_subject():
    qs = find_quotes([
        "\"Pasar sepi sejak pagi,\" ujar Dodi Permana, pedagang sayur di Pasar Cempaka.",
        "Lina Marlina, pemilik warung nasi di depan pasar, ikut merasakan dampaknya. Dia kehilangan hampir separuh pelanggan.",
        "\"Biasanya siang begini sudah habis dua panci,\" katanya.",
    ])
    assert speakers(qs) == ["Dodi Permana", "Lina Marlina"]
    assert qs[1]["role"] == "pemilik warung nasi di depan pasar"


def test_dia_refers_to_person_introduced_in_previous_sentence():
    qs = find_quotes([
        "\"Kami rugi besar,\" kata Heru Wijaksono, pemilik toko bangunan.",
        "Salah satu warga yang terdampak adalah Marlina Ompusunggu, perajin tenun asal Samosir. Dia menuturkan pesanan kain turun drastis sejak jalan ditutup.",
    ])
    assert speakers(qs) == ["Heru Wijaksono", "Marlina Ompusunggu"]


def test_quote_after_ad_gap_keeps_the_speaker_and_paragraph_index():
    qs = find_quotes([
        "Menurut pelatih Persatuan Sepak Bola Lembah, Yakobus Wenda, timnya kurang tenang di babak pertama.",
        "",
        "\"Babak kedua kami main lebih sabar dan hasilnya terlihat,\" ujarnya.",
    ])
    assert [(q["paragraph"], q["speaker"]) for q in qs] == [(0, "Yakobus Wenda"), (2, "Yakobus Wenda")]


def test_pronoun_after_subheading_refers_to_last_speaker():
    qs = find_quotes([
        "\"Stok gula aman sampai Lebaran,\" kata Kepala Bulog Cabang Selatan, Andreas Tumbelaka.",
        "Harga Mulai Turun",
        "Harga gula pasir di pasar tradisional turun menjadi Rp 16.000 per kilogram.",
        "\"Kami terus pantau setiap hari,\" tuturnya.",
    ])
    assert speakers(qs) == ["Andreas Tumbelaka"] * 2


def test_ia_berharap_is_not_a_quote_but_the_next_clitic_resolves():
    qs = find_quotes([
        "Anggota Komisi Pendidikan, Yohana Manurung, menegaskan bahwa sekolah tidak boleh menahan ijazah siswa.",
        "Oleh sebab itu, ia berharap dinas pendidikan segera menerbitkan surat edaran.",
        "\"Ijazah itu hak anak, bukan jaminan utang,\" jelasnya.",
    ])
    assert [(q["kind"], q["speaker"]) for q in qs] == [("indirect", "Yohana Manurung"), ("direct", "Yohana Manurung")]


# ---------------------------------------------------------------------------
# Sentences
# ---------------------------------------------------------------------------
def test_abbreviations_do_not_split_sentences(nlp):
    text = ("Kantor itu berada di Jl. Merdeka No. 12 yang dipimpin dr. Maria Ulfa, Sp.PD, sejak 2019. "
            "Menurut Maria, antrean pasien mulai berkurang. \"Sekarang lebih tertib,\" katanya.")
    spans = Q._quote_spans(text)
    sents = Q._sentences(text, nlp, {s.start for s in spans})
    pieces = [text[a:b].strip() for a, b in sents]
    assert pieces == [
        "Kantor itu berada di Jl. Merdeka No. 12 yang dipimpin dr. Maria Ulfa, Sp.PD, sejak 2019.",
        "Menurut Maria, antrean pasien mulai berkurang.",
        "\"Sekarang lebih tertib,\" katanya.",
    ]
    qs = find_quotes([text])
    assert [(q["kind"], q["speaker"]) for q in qs] == [("indirect", "Maria Ulfa"), ("direct", "Maria Ulfa")]


def test_quote_spans_pair_marks_and_keep_nested_pairs_inside():
    text = "Ia menyebut \"alay\" lalu berkata, “Itu istilah \"anak sekarang\", bukan hinaan.”"
    spans = Q._quote_spans(text)
    assert [s.inner(text) for s in spans] == ["alay", "Itu istilah \"anak sekarang\", bukan hinaan."]


def test_descriptive_noun_phrases_point_back_at_the_person():
    qs = find_quotes([
        "Suparman Hadi, perajin gerabah di Kasongan, mengaku pesanan turun separuh sejak awal tahun.",
        "\"Sekarang orang lebih suka beli barang plastik,\" ujar pria berusia 58 tahun itu.",
        "Pria yang akrab disapa Parman itu mengatakan, anaknya kini bekerja di pabrik.",
        "\"Saya tidak memaksa anak meneruskan usaha ini,\" kata ayah tiga anak tersebut.",
        "Aplikasi itu menyebut pihaknya sudah memblokir akun bermasalah.",
    ])
    assert speakers(qs) == ["Suparman Hadi"] * 4
    assert qs[0]["role"] == "perajin gerabah di Kasongan"


def test_several_people_as_subject_is_not_attributed_to_one():
    qs = find_quotes(["Budi Santoso dan Ani Lestari mengatakan mereka belum menerima bantuan apa pun."])
    assert all(q["speaker"] not in ("Ani Lestari", "Budi Santoso") for q in qs)


def test_menurut_with_relative_clause_appositive():
    qs = find_quotes(["Menurut Rahmat, yang juga Ketua RT 05, warga sudah mengungsi sejak malam."])
    assert [(q["speaker"], q["role"], q["text"]) for q in qs] == [
        ("Rahmat", "Ketua RT 05", "warga sudah mengungsi sejak malam")]


def test_colon_attribution_before_a_quote_paragraph():
    qs = find_quotes([
        "Sementara itu, Direktur Jenderal Perdagangan Dalam Negeri, Isnaeni Karim, menjelaskan:",
        "\"Aturan ini sudah kami sosialisasikan sejak tiga bulan lalu. Jadi tidak ada yang mendadak.\"",
    ])
    assert [(q["kind"], q["speaker"]) for q in qs] == [("direct", "Isnaeni Karim")]


def test_clitic_after_narration_with_another_person_as_subject_stays_with_speaker():
    qs = find_quotes([
        "\"Tanggul ini sudah retak sejak bulan lalu,\" kata Ketua Kelompok Tani Sumber Rejeki, Warsito Adi.",
        "Camat Rudi Hartanto kemudian meninjau tanggul yang jebol bersama petugas BPBD.",
        "\"Kami sudah minta karung pasir sejak pekan lalu,\" tuturnya.",
    ])
    assert speakers(qs) == ["Warsito Adi", "Warsito Adi"]


def test_dia_after_narration_with_another_person_as_subject_is_that_person():
    qs = find_quotes([
        "\"Tanggul ini sudah retak sejak bulan lalu,\" kata Ketua Kelompok Tani Sumber Rejeki, Warsito Adi.",
        "Camat Rudi Hartanto kemudian meninjau tanggul yang jebol. Dia menuturkan perbaikan akan dimulai pekan depan.",
    ])
    assert speakers(qs) == ["Warsito Adi", "Rudi Hartanto"]


def test_role_only_reference_resolves_to_the_person_with_that_role():
    qs = find_quotes([
        "Kapolres Metro Lembah Kombes Yosafat Marpaung mengatakan pelaku ditangkap di rumahnya.",
        "Menurut Kapolres, pelaku sudah beraksi di tujuh lokasi berbeda.",
        "\"Barang bukti sudah kami amankan,\" kata Kapolres.",
    ])
    assert speakers(qs) == ["Yosafat Marpaung"] * 3


def test_unattributed_quote_after_narration_is_kept_without_a_guessed_speaker():
    qs = find_quotes([
        "\"Armada baru datang bulan depan,\" kata Kepala Dinas Perhubungan, Lukas Tampubolon.",
        "Pemerintah kota berencana menambah 20 bus listrik untuk rute pinggiran.",
        "\"Semua halte juga akan dilengkapi papan jadwal digital dan jalur kursi roda.\"",
    ])
    assert [(q["kind"], q["speaker"]) for q in qs] == [("direct", "Lukas Tampubolon"), ("direct", None)]


def test_bahwa_clause_without_verb_and_bare_object_without_bahwa():
    qs = find_quotes([
        "Penyanyi Rara Anggita akhirnya buka suara soal kabar perceraiannya.",
        "Melalui unggahan di akun Instagram pribadinya, Rara menegaskan bahwa rumah tangganya baik-baik saja.",
        "Rara kemudian mengungkapkan rasa terima kasih kepada para penggemar.",
    ])
    assert [(q["speaker"], q["text"]) for q in qs] == [("Rara Anggita", "rumah tangganya baik-baik saja")]


def test_sentencizer_rule_matches_spacy(nlp):
    texts = [
        "Harga turun. \"Pasokan cukup,\" kata Budi. Pedagang lega!",
        "Apa kabar? Baik... Kami datang (sekitar pukul 10.00 WIB). Lalu pulang.",
        "Stok 2,1 juta ton. Rp 9.300 per kg! Ya?! Tidak.\" Selesai.",
        "Satu kalimat tanpa titik",
        "",
    ]
    for text in texts:
        doc = nlp(text)
        expected = [s.start_char for s in doc.sents] or [0]
        assert Q._sentencizer_starts(nlp.tokenizer(text)) == expected, text


def test_long_role_run_without_evidence_keeps_a_plausible_name():
    qs = find_quotes([
        "Direktur Utama Bumi Lestari Hendro Gunawan mengatakan perusahaannya akan melantai di bursa.",
        "Menurut Kepala Puskesmas Sukawati Ni Luh Putu Sriani, stok obat aman sampai akhir tahun.",
    ])
    assert speakers(qs) == ["Hendro Gunawan", "Ni Luh Putu Sriani"]


def test_generic_subject_without_a_name_gives_no_quote():
    # "Polisi"/"Pemerintah" name no one: reported speech needs a nameable speaker
    assert find_quotes(["Polisi mengatakan pelaku sudah ditahan.",
                        "Pemerintah menyebut harga beras akan turun pekan depan."]) == []


def test_organisation_speaker_without_the_abbreviation_introduced_with_it():
    paras = ["Lembaga Sensor Digital Nasional (LSDN) dalam keterangan tertulisnya menyebutkan "
             "bahwa seluruh aplikasi hiburan wajib mencantumkan klasifikasi usia mulai bulan depan."]
    qs = find_quotes(paras)
    assert [(q["speaker"], q["kind"]) for q in qs] == [("Lembaga Sensor Digital Nasional", "indirect")]


# ---------------------------------------------------------------------------
# Patterns met on pages written after the rules (each case found missing once)
# ---------------------------------------------------------------------------
def test_speech_verb_followed_by_a_comma_is_evidence_of_a_name():
    # "Wulan menambahkan, ..." uses "Wulan" alone as a speaker: she is "Wulan Kusumastuti",
    # not "Kusumastuti" with "Wulan" taken into the role
    qs = find_quotes([
        "Ketua Forum Orang Tua Peduli Gawai (FOPG) Wulan Kusumastuti meminta sekolah membatasi ponsel.",
        "\"Anak-anak perlu jeda dari layar,\" kata Wulan Kusumastuti.",
        "Wulan menambahkan, forum itu menerima 75 laporan sepanjang tahun lalu.",
    ])
    assert speakers(qs) == ["Wulan Kusumastuti"] * 2
    assert qs[1]["kind"] == "indirect" and qs[1]["cue"] == "menambahkan"


def test_a_bare_predicate_or_a_pronoun_subject_makes_a_reported_clause():
    qs = find_quotes([
        "Penjaga loket di Terminal Wonoasri, Sarmini, menuturkan penumpang mulai kembali ramai sejak pekan lalu.",
        "Pengemudi ojek asal Wonoasri, Gilang Pratama, mengatakan dirinya rela menunggu dua jam demi satu penumpang.",
        "Kepala Terminal Wonoasri, Heru Wicaksono, menjelaskan kondisi jalan yang sulit.",
    ])
    assert [(q["speaker"], q["text"]) for q in qs] == [
        ("Sarmini", "penumpang mulai kembali ramai sejak pekan lalu"),
        ("Gilang Pratama", "dirinya rela menunggu dua jam demi satu penumpang"),
    ]  # "kondisi jalan yang sulit" is an object: "sulit" sits in a "yang" clause


def test_an_age_in_parentheses_and_the_villages_after_a_name():
    qs = find_quotes([
        "Sarkiyah (58), warga Desa Tegalrejo, Kecamatan Sumberlor, mengaku harus berjalan ke balai desa untuk menelepon.",
        "Salah satu petani, Karsono (61), sudah menanam cabai sejak 1990. Dia menuturkan, harga pupuk naik dua kali lipat.",
        "\"Kalau begini terus, kami bisa berhenti menanam,\" ujar Karsono.",
    ])
    assert [(q["speaker"], q["kind"]) for q in qs] == [
        ("Sarkiyah", "indirect"), ("Karsono", "indirect"), ("Karsono", "direct")]
    assert qs[0]["role"] == "warga Desa Tegalrejo"


def test_a_village_after_desa_is_no_name():
    art = Q._Article(["Seorang warga Desa Tegalrejo mengaku kehilangan sinyal."])
    assert art.parse_segment("warga Desa Tegalrejo").kind != "person"


def test_an_organisation_noun_points_back_at_the_organisation_that_spoke():
    qs = find_quotes([
        "Manajemen PT Lintas Awan dalam keterangan tertulisnya menyebutkan tengah menelusuri sumber gangguan.",
        "Perusahaan juga menyatakan data pelanggan tidak ikut bocor.",
    ])
    assert [(q["speaker"], q["kind"]) for q in qs] == [("PT Lintas Awan", "indirect")] * 2
    # after a person spoke, "Perusahaan" names nobody
    qs = find_quotes([
        "Direktur PT Lintas Awan, Sekar Ayuningtyas, mengatakan gangguan sudah teratasi.",
        "Perusahaan juga menyatakan data pelanggan tidak ikut bocor.",
    ])
    assert speakers(qs) == ["Sekar Ayuningtyas"]


def test_juru_bicara_and_ministers_by_abbreviation_are_roles():
    qs = find_quotes([
        "\"Kami sudah menyurati semua platform,\" kata Menkomdigi Laras Pramesti kepada wartawan.",
        "Juru Bicara Nusagram di Indonesia menyatakan perusahaan akan mematuhi aturan tersebut.",
    ])
    assert [(q["speaker"], q["role"]) for q in qs] == [
        ("Laras Pramesti", "Menkomdigi"), ("Nusagram", "Juru Bicara")]


def test_a_name_prefix_stays_with_a_name_known_by_its_last_word():
    qs = find_quotes([
        "Ketua Umum Asosiasi Warung Daring (AWD) Muhammad Fikri menilai aturan itu memberatkan.",
        "\"Biaya kepatuhan terlalu tinggi,\" kata Fikri.",
    ])
    assert speakers(qs) == ["Muhammad Fikri"]
    assert qs[0]["role"] == "Ketua Umum Asosiasi Warung Daring (AWD)"


def test_a_written_statement_named_after_the_quote():
    qs = find_quotes([
        "\"Semua aduan kami tindak lanjuti dalam 24 jam,\" demikian keterangan tertulis Badan Siber Nusantara.",
        "Juru bicara Badan Siber Nusantara, Dimas Arya, menyampaikan sikap lembaganya.",
        "\"Kami patuh pada putusan pengadilan,\" demikian keterangannya.",
        "\"Sudah selesai,\" demikian isi surat itu.",
    ])
    assert [(q["speaker"], q["cue"], q["paragraph"]) for q in qs] == [
        ("Badan Siber Nusantara", "keterangan", 0), ("Dimas Arya", "keterangan", 2)]


def test_a_role_opening_the_sentence_with_lower_case_words():
    qs = find_quotes([
        "Pakar tata kota Wening Larasati mengatakan pemerintah perlu menambah jalur sepeda di pusat kota.",
        "Juru bicara Dinas Perhubungan Kota Tirtamulya Bagas Wiratama menuturkan, jalur baru dibuka bulan depan.",
        "Kepala SDN 3 Karanganyar Ratna Puspitasari mengatakan para siswa sudah kembali belajar seperti biasa.",
    ])
    assert [(q["speaker"], q["role"]) for q in qs] == [
        ("Wening Larasati", "Pakar tata kota"),
        ("Bagas Wiratama", "Juru bicara Dinas Perhubungan Kota Tirtamulya"),
        ("Ratna Puspitasari", "Kepala SDN 3 Karanganyar"),
    ]


def test_a_place_after_a_role_is_not_part_of_the_name():
    qs = find_quotes([
        "Camat Sumberlor Anton Wibisono mengatakan bantuan sudah disalurkan ke seluruh posko pengungsian.",
        "Sekretaris Kemenparekraf Lestari Handayani mengatakan kunjungan wisatawan naik tajam tahun ini.",
    ])
    assert speakers(qs) == ["Anton Wibisono", "Lestari Handayani"]


def test_name_then_role_between_commas_then_the_verb():
    qs = find_quotes([
        "Banjir merendam Kelurahan Cempaka sejak Minggu malam.",
        "Yohanes Mandala, Kepala Dinas Sosial Kota Tirtamulya, mengatakan dapur umum sudah dibuka di tiga titik.",
        "Fikri Ananda, gelandang Persatuan Sepak Bola Tirtamulya, mengatakan kemenangan ini sangat berarti.",
    ])
    assert [(q["speaker"], q["role"]) for q in qs] == [
        ("Yohanes Mandala", "Kepala Dinas Sosial Kota Tirtamulya"),
        ("Fikri Ananda", "gelandang Persatuan Sepak Bola Tirtamulya"),
    ]


def test_a_short_form_of_a_three_word_name_keeps_the_first_mention_whole():
    qs = find_quotes([
        "Direktur Utama Bank Tirta Dewi Anggun Lestari mengatakan kredit macet turun tahun ini.",
        "\"Kami lebih selektif,\" ujar Dewi Anggun.",
        "Ketua Ikatan Guru Honorer Harun Al Rasyid menilai gaji guru belum layak.",
        "Harun berharap pemerintah menaikkan honor guru.",
        "\"Guru juga manusia,\" kata Harun.",
    ])
    assert speakers(qs) == ["Dewi Anggun Lestari", "Dewi Anggun Lestari", "Harun Al Rasyid"]


def test_degrees_and_police_ranks_around_a_name():
    qs = find_quotes([
        "Juru Bicara Dinas Kesehatan dr. Melati Kusuma, MPH, menjelaskan cakupan imunisasi turun tahun ini.",
        "Dokter spesialis anak dr. Rangga Wirawan, Sp.A(K) menyebut hoaks vaksin menjadi penyebab utamanya.",
        "Barang bukti itu bernilai Rp 12 miliar, kata Kapolda Tirtamulya Irjen Pol. Bonifasius Lado.",
    ])
    assert speakers(qs) == ["Melati Kusuma", "Rangga Wirawan", "Bonifasius Lado"]


def test_a_closing_cue_with_the_role_then_the_name():
    qs = find_quotes([
        "Kekurangan guru paling parah di sekolah pinggiran, kata Kepala Dinas Pendidikan Kota Tirtamulya, Drs. Sapto Nugroho, M.Pd.",
        "Anggaran guru honorer akan naik tahun depan, kata Sapto Nugroho, Kepala Dinas Pendidikan Kota Tirtamulya.",
    ])
    assert [(q["speaker"], q["text"]) for q in qs] == [
        ("Sapto Nugroho", "Kekurangan guru paling parah di sekolah pinggiran"),
        ("Sapto Nugroho", "Anggaran guru honorer akan naik tahun depan"),
    ]


def test_more_cues_after_a_closing_mark():
    qs = find_quotes([
        "Ketua Yayasan Anak Ceria, Rukmini Sari, mengatakan laporan perundungan meningkat tahun ini.",
        "\"Semoga sekolah lebih peduli,\" harapnya.",
        "\"Dulu tidak seramai ini,\" kenang Rukmini.",
        "\"Kami akan menindak platform yang membandel,\" demikian disampaikan Sarwono Adi dalam rapat kerja.",
    ])
    assert [(q["speaker"], q["cue"]) for q in qs] == [
        ("Rukmini Sari", "mengatakan"), ("Rukmini Sari", "harap"), ("Rukmini Sari", "kenang"),
        ("Sarwono Adi", "disampaikan")]


def test_a_pronoun_after_a_passive_introduction_of_someone_new():
    qs = find_quotes([
        "Kapolres Tirtamulya AKBP Yosef Tanamal mengatakan para pelaku menjanjikan keuntungan besar.",
        "Penjelasan serupa disampaikan Kasat Reskrim AKP Dwi Ratnasari. Ia menyebutkan polisi masih memburu dua pelaku lain.",
    ])
    assert speakers(qs) == ["Yosef Tanamal", "Dwi Ratnasari"]


def test_balinese_names_keep_their_i():
    qs = find_quotes([
        "Kepala Dinas Pariwisata Tirtamulya, I Ketut Wirawan, mengatakan kunjungan wisatawan terus naik.",
        "\"Target kami realistis,\" kata Ketut.",
    ])
    assert speakers(qs) == ["I Ketut Wirawan"] * 2


def test_nicknames_name_the_person_introduced_with_them():
    qs = find_quotes([
        "Warsini (45), pedagang sayur yang akrab disapa Bu Ani, mengatakan harga cabai naik dua kali lipat.",
        "\"Pembeli jadi sepi,\" ujar Bu Ani.",
        "Rangga Saputra atau yang akrab disapa Angga mengatakan komunitasnya membuka posko bantuan.",
        "\"Siapa saja boleh datang,\" kata Angga.",
    ])
    assert speakers(qs) == ["Warsini", "Warsini", "Rangga Saputra", "Rangga Saputra"]


def test_an_organisation_named_after_pihak_or_a_lower_case_noun():
    qs = find_quotes([
        "Pihak Nusagram Indonesia mengatakan pihaknya menghormati keputusan pemerintah.",
        "Dalam keterangan tertulis, manajemen KasRia menyebut langkah itu diambil untuk menekan biaya.",
    ])
    assert speakers(qs) == ["Nusagram Indonesia", "KasRia"]


def test_a_quote_split_around_its_attribution_within_one_sentence():
    qs = find_quotes([
        "\"Kami tidak akan menutup aplikasi itu,\" kata Damar Wulan, \"selama pengelolanya mau menurunkan konten judi.\"",
    ])
    assert [(q["speaker"], q["kind"]) for q in qs] == [("Damar Wulan", "direct")] * 2
    assert qs[1]["text"].startswith("selama pengelolanya mau")
    # a title in marks after the attribution is no second quote
    qs = find_quotes(["\"Kami siap,\" kata Damar Wulan, menyebut program \"Desa Digital\" sebagai contoh."])
    assert [q["text"] for q in qs] == ["Kami siap"]


def test_a_surname_or_a_middle_name_later_keeps_the_full_name():
    qs = find_quotes([
        "Sekjen partai, Ahmad Rusdi Lubis, mengatakan keputusan diambil secara bulat.",
        "\"Kami memilih menjadi penyeimbang,\" kata Lubis.",
        "Ketua BEM, Teuku Arman Syahputra, mengatakan mahasiswa akan kembali berunjuk rasa.",
        "\"Tuntutan kami belum dijawab,\" ujar Arman.",
    ])
    assert speakers(qs) == ["Ahmad Rusdi Lubis"] * 2 + ["Teuku Arman Syahputra"] * 2


def test_menurutnya_after_someone_new_is_introduced():
    qs = find_quotes([
        "\"Harga tiket sudah turun,\" kata Yunita Prameswari, Direktur Maskapai Langit Biru.",
        "Pengamat penerbangan Sigit Prabowo menyarankan pemerintah memperpanjang masa diskon.",
        "Menurutnya, lonjakan permintaan membuat maskapai menaikkan harga lagi.",
    ])
    assert speakers(qs) == ["Yunita Prameswari", "Sigit Prabowo"]


def test_a_first_name_used_as_a_subject_is_no_organisation():
    qs = find_quotes([
        "Anggota Komisi I, Ratri Ayu Wandira, meminta kementerian tidak tebang pilih.",
        "Ratri juga mengungkapkan bahwa aduan masyarakat mencapai 1.250 laporan.",
    ])
    assert speakers(qs) == ["Ratri Ayu Wandira"]


def test_clauses_with_adversative_and_bare_predicates():
    qs = find_quotes([
        "Pelatih Persatuan Tirtamulya, Gunawan Hadi, mengatakan timnya kehilangan konsentrasi.",
        "Salah satu korban, Sari, warga Cempaka, mengaku kehilangan tabungan sebesar Rp 20 juta.",
    ])
    assert [(q["speaker"], q["text"]) for q in qs] == [
        ("Gunawan Hadi", "timnya kehilangan konsentrasi"),
        ("Sari", "kehilangan tabungan sebesar Rp 20 juta"),
    ]


def test_police_units_by_their_full_names_speak():
    qs = find_quotes(["Kepolisian Resor Tirtamulya mengatakan dua tersangka sudah ditahan di rutan."])
    assert speakers(qs) == ["Kepolisian Resor Tirtamulya"]


def test_a_role_holding_a_list_before_the_name():
    qs = find_quotes(["Longsor melanda dua desa di Tirtamulya sejak Selasa malam.",
                      "Kepala Bidang Data, Informasi, dan Humas BPBD Tirtamulya Galih Saputro mengatakan tiga warga "
                      "meninggal akibat longsor."])
    assert speakers(qs) == ["Galih Saputro"]
    # right after an acronym, a word met nowhere else opens the name
    qs = find_quotes(["Direktur Utama KRT Hendra Wijaya Kusuma mengatakan okupansi kereta naik tajam tahun ini."])
    assert speakers(qs) == ["Hendra Wijaya Kusuma"]
    # several people are no speaker
    assert find_quotes(["Budi, Ani, dan Joko mengatakan mereka siap bekerja keras."]) == []


def test_a_pronoun_after_someone_introduced_with_bernama():
    qs = find_quotes([
        "Kepala Dinas Pertanian, Gunadi Hartono, mengatakan serangan hama meluas ke tiga kecamatan.",
        "Di Desa Sumberwangi, petani bernama Sardi (61) hanya bisa pasrah melihat padinya rusak. "
        "Ia mengaku sudah menyemprot pestisida empat kali tanpa hasil.",
    ])
    assert speakers(qs) == ["Gunadi Hartono", "Sardi"]


def test_a_clitic_after_someone_new_urges_or_judges():
    qs = find_quotes([
        "Kapolres Tirtamulya Agus Salim mengatakan pelaku sudah ditahan.",
        "Psikolog Kinanti Larasati mengimbau orang tua lebih waspada.",
        "\"Orang tua sering lengah,\" katanya.",
    ])
    assert speakers(qs) == ["Agus Salim", "Kinanti Larasati"]
    # after a sentence with no such verb the clitic stays with the last speaker
    qs = find_quotes([
        "Kapolres Tirtamulya Agus Salim mengatakan pelaku sudah ditahan.",
        "Psikolog Kinanti Larasati hadir dalam acara itu.",
        "\"Semua pelaku sudah kami periksa,\" katanya.",
    ])
    assert speakers(qs) == ["Agus Salim", "Agus Salim"]


def test_a_clitic_after_someone_named_earlier_responds():
    # the governor is named first as the object of narration, then responds: "-nya" is him
    paras = [
        "Sebuah video palsu yang menampilkan Bupati Lembah Hijau, Darmawan Siregar, beredar di grup percakapan.",
        "Kepala Diskominfo Lembah Hijau, Retno Anggraini, mengatakan video itu dibuat dengan kecerdasan buatan.",
        "Bupati Darmawan menanggapi kabar itu lewat akun Instagram resminya. "
        "\"Saya tidak pernah meminta sumbangan kepada siapa pun,\" tulisnya.",
    ]
    qs = find_quotes(paras)
    assert speakers(qs) == ["Retno Anggraini", "Darmawan Siregar"]
    # the same person only mentioned, with no verb of saying or responding: the last speaker
    paras[2] = ("Bupati Darmawan berada di Jakarta saat video itu beredar. "
                "\"Video itu dibuat dari potongan pidato lama,\" tulisnya.")
    assert speakers(find_quotes(paras)) == ["Retno Anggraini", "Retno Anggraini"]


def test_a_bare_role_speaks_for_the_person_written_with_it_in_narration():
    qs = find_quotes([
        "Menteri Perhubungan (Menhub) Sekar Ayuningtyas meninjau terminal baru di Tirtamulya, Senin (3/3/2025).",
        "Menhub menjelaskan, terminal itu akan melayani 40 trayek antarkota mulai bulan depan.",
        "\"Kami ingin warga berpindah dari travel gelap,\" kata Menhub.",
    ])
    assert [(q["kind"], q["speaker"]) for q in qs] == [("indirect", "Sekar Ayuningtyas"), ("direct", "Sekar Ayuningtyas")]
    assert qs[0]["role"] == "Menteri Perhubungan (Menhub)"
    # a role written with no name: no one to give the quote to
    qs = find_quotes([
        "Menhub menjelaskan, terminal itu akan melayani 40 trayek antarkota mulai bulan depan.",
        "\"Kami ingin warga berpindah dari travel gelap,\" kata Menhub.",
    ])
    assert [(q["kind"], q["speaker"]) for q in qs] == [("direct", None)]


def test_the_company_refers_to_the_organisation_just_before():
    qs = find_quotes([
        "Pengamat ekonomi digital Wiratmo Sasongko mengatakan denda itu terlalu ringan.",
        "Pihak Kedaikita membantah data pelanggannya bocor. Dalam keterangan tertulis, perusahaan menyebut "
        "sistem mereka tidak pernah diretas.",
        "Manajemen Lumbung Niaga menyampaikan permintaan maaf kepada pelanggan. "
        "\"Kami akan mengganti semua kerugian,\" tulis perusahaan itu.",
    ])
    assert [(q["kind"], q["speaker"]) for q in qs] == [
        ("indirect", "Wiratmo Sasongko"), ("indirect", "Kedaikita"), ("direct", "Lumbung Niaga")]


def test_a_noun_phrase_pointing_back_after_the_cue_is_the_speaker():
    qs = find_quotes([
        "Bupati Tirtamulya, Gunawan Saleh, mengatakan 14 pegawai yang terlibat sudah dinonaktifkan.",
        "\"Tidak ada ampun bagi pegawai yang berjudi,\" tegas orang nomor satu di Tirtamulya itu di pendopo, Senin (2/6/2025).",
        "\"Kami mainkan tempo sejak awal,\" tutur pelari berusia 21 tahun itu seusai lomba.",
    ])
    assert speakers(qs) == ["Gunawan Saleh"] * 3
    # a demonstrative that ends no noun phrase of its own is no reference
    qs = find_quotes([
        "Bupati Tirtamulya, Gunawan Saleh, mengatakan 14 pegawai yang terlibat sudah dinonaktifkan.",
        "\"Tidak ada ampun bagi pegawai yang berjudi,\" kata Ratna Sari itu.",
    ])
    assert speakers(qs) == ["Gunawan Saleh", "Ratna Sari"]


def test_a_list_inside_the_role_after_the_cue():
    qs = find_quotes([
        "\"Laporan warga naik dua kali lipat,\" ujar Kepala Bidang Pengawasan Perdagangan, Metrologi, dan "
        "Perlindungan Konsumen Dinas Perdagangan Tirtamulya, Hendra Kusnadi, di kantornya, Rabu (4/6/2025).",
        "Ia menjelaskan, sebagian besar laporan menyangkut timbangan yang tidak ditera ulang.",
    ])
    assert speakers(qs) == ["Hendra Kusnadi", "Hendra Kusnadi"]
    assert qs[0]["role"].startswith("Kepala Bidang Pengawasan Perdagangan") and "Perlindungan Konsumen" in qs[0]["role"]


def test_a_first_name_met_after_sapaan_akrab_stays_in_the_name():
    qs = find_quotes([
        "Ketua Paguyuban Pedagang Pasar Cempaka, Margaretha Ayu Pratiwi, mengungkapkan omzet anggotanya turun sejak Maret.",
        "\"Pembeli pindah ke toko daring,\" kata Etha, sapaan akrab Margaretha.",
        "Etha menambahkan, paguyuban akan membuka kelas berjualan daring bagi anggotanya.",
    ])
    assert speakers(qs) == ["Margaretha Ayu Pratiwi"] * 3


def test_a_sentence_ends_after_a_code_like_5g():
    qs = find_quotes(["Pengamat telekomunikasi Yosef Arianto mengatakan operator lambat membangun jaringan 5G. "
                      "Harga perangkat juga masih mahal bagi warga desa."])
    assert [q["text"] for q in qs] == ["operator lambat membangun jaringan 5G"]


def test_people_known_by_initials():
    qs = find_quotes([
        "Tersangka berinisial RH mengaku dijanjikan gaji besar oleh bandar.",
        "Seorang warga, AS (45), mengaku kehilangan motor di depan rumahnya.",
    ])
    assert [(q["speaker"], q["role"]) for q in qs] == [("RH", "Tersangka"), ("AS", "Seorang warga")]


def test_a_denied_claim_is_not_what_the_speaker_said():
    assert find_quotes(["Anggota DPR Hasan Basri membantah anggapan bahwa pembahasan dilakukan tertutup."]) == []
    qs = find_quotes(["Anggota DPR Hasan Basri membantah bahwa ia menerima uang dari perusahaan itu."])
    assert [q["text"] for q in qs] == ["ia menerima uang dari perusahaan itu"]


def test_clauses_whose_predicate_is_a_number_or_follows_a_demonstrative():
    qs = find_quotes([
        "Kapolres Tirtamulya Agus Salim mengatakan jumlah korban 12 orang.",
        "Calon bupati yang bersangkutan, Rudi Kartawijaya, melaporkan video itu ke polisi. "
        "Ia mengatakan video itu hasil rekayasa.",
        "Rudi Kartawijaya menjelaskan program itu kepada warga desa.",
    ])
    assert [(q["speaker"], q["text"]) for q in qs] == [
        ("Agus Salim", "jumlah korban 12 orang"), ("Rudi Kartawijaya", "video itu hasil rekayasa")]


def test_a_pronoun_after_salah_satunya_name_and_an_apposition():
    qs = find_quotes([
        "Pemblokiran itu merugikan banyak kreator.",
        "Salah satunya Nadia Kirana, kreator asal Tirtamulya dengan 430 ribu pengikut. "
        "Ia mengaku pendapatannya turun hingga Rp 15 juta sebulan.",
    ])
    assert speakers(qs) == ["Nadia Kirana"]


def test_an_object_then_the_occasion_is_no_reported_clause():
    assert find_quotes(["Rudi Kartawijaya mengatakan hal itu saat ditemui wartawan, Senin (14/7/2025)."]) == []
    assert find_quotes(["Asosiasi Warung Daring menyatakan dukungan, tetapi meminta masa transisi."]) == []
    assert find_quotes(["Rudi Kartawijaya menyebut angka itu, tetapi tidak merinci sumbernya."]) == []


def test_a_clause_opening_with_an_adverb_of_time_is_kept_whole():
    qs = find_quotes([
        "Menurut Gunawan Sitorus, saat ini ada banyak nomor aktif, terutama di kota besar.",
        "Gunawan Sitorus menjelaskan saat ini terdapat 350 juta nomor aktif, jauh melampaui jumlah penduduk.",
        "Menurut Gunawan Sitorus, saat dihubungi, pemerintah akan menambah kuota nomor.",
    ])
    assert [q["text"] for q in qs] == [
        "saat ini ada banyak nomor aktif, terutama di kota besar",
        "saat ini terdapat 350 juta nomor aktif, jauh melampaui jumlah penduduk",
        "pemerintah akan menambah kuota nomor",
    ]


def test_nominal_predicates_and_degrees_after_menurut():
    qs = find_quotes([
        "Kevin Mahendra mengatakan sebagian besar korban perempuan.",
        "Kevin Mahendra mengatakan sampel yang diunggah penjual identik dengan basis data.",
        "Menurut dr. Rizka Amalia, Sp.A, gejala penyakit itu pada anak tidak khas.",
    ])
    assert [q["text"] for q in qs] == [
        "sebagian besar korban perempuan",
        "sampel yang diunggah penjual identik dengan basis data",
        "gejala penyakit itu pada anak tidak khas",
    ]


def test_an_organisation_behind_manajemen_or_pihak():
    qs = find_quotes([
        "Manajemen PT Sinar Niaga Abadi menyatakan perusahaan tengah melakukan investigasi.",
        "\"Kami sedang menyelidiki,\" tulis manajemen Bank Sentosa dalam keterangan tertulis.",
    ])
    assert speakers(qs) == ["PT Sinar Niaga Abadi", "Bank Sentosa"]


# ---------------------------------------------------------------------------
# Unnamed speakers: kept, with no speaker, and never given to the last named one
# ---------------------------------------------------------------------------
def test_a_speaker_who_withholds_the_name_is_not_the_last_speaker():
    qs = find_quotes([
        "Kepala Dinas Perhubungan Kota Tanjungsari, Lukas Hendarto, mengatakan jalur bus akan ditambah tahun depan.",
        "Seorang sopir angkot yang enggan disebutkan namanya mengatakan penumpang sudah lama berpindah ke ojek daring.",
        "\"Sehari paling dapat lima rit. Setoran saja belum tentu tertutup,\" ujarnya di terminal.",
        "\"Kami cuma minta trayek tidak dipotong,\" kata pria yang meminta namanya tidak ditulis itu.",
    ])
    assert [(q["speaker"], q["kind"]) for q in qs] == [
        ("Lukas Hendarto", "indirect"), (None, "indirect"), (None, "direct"), (None, "direct")]
    assert qs[1]["text"] == "penumpang sudah lama berpindah ke ojek daring"
    assert qs[1]["role"] == "sopir angkot"
    assert qs[2]["role"] == qs[3]["role"] == "sopir angkot"  # "-nya", "pria ... itu": the same unnamed driver


def test_an_indefinite_person_with_no_name_speaks_unnamed():
    qs = find_quotes([
        "Wali Kota Tanjungsari Rika Anggraeni menyebut pasar baru akan dibuka bulan depan.",
        "Seorang pedagang sayur asal Cibening menuturkan, sewa kios di pasar baru terlalu mahal bagi pedagang kecil.",
        "Menurut salah seorang petugas, pembagian kios diundi pekan depan.",
    ])
    assert [(q["speaker"], q["role"]) for q in qs] == [
        ("Rika Anggraeni", "Wali Kota Tanjungsari"), (None, "pedagang sayur asal Cibening"), (None, "petugas")]
    assert qs[1]["text"] == "sewa kios di pasar baru terlalu mahal bagi pedagang kecil"


def test_an_indefinite_person_with_a_name_after_it_is_that_person():
    qs = find_quotes([
        "Seorang pedagang, Sumarni (47), mengatakan omzetnya turun sejak pasar direnovasi.",
        "\"Pembeli bingung mencari lapak kami,\" kata salah seorang pedagang lain, Darto Wibisono.",
        "Warsini, seorang penjual bumbu, mengaku belum menerima kompensasi dari pemerintah kota.",
    ])
    assert speakers(qs) == ["Sumarni", "Darto Wibisono", "Warsini"]


def test_a_source_is_unnamed():
    qs = find_quotes([
        "Direktur Utama PT Sagara Data, Bonifasius Lie, membantah ada kebocoran data pelanggan.",
        "Namun, sumber di internal perusahaan mengatakan server cadangan sempat diakses pihak luar selama dua hari.",
        "\"Tim kami baru tahu setelah ada tebusan,\" kata sumber tersebut.",
    ])
    assert [q["speaker"] for q in qs[-2:]] == [None, None]
    assert qs[-2]["text"].startswith("server cadangan sempat diakses")


def test_a_nickname_in_quotation_marks_inside_a_name_is_no_quote():
    qs = find_quotes([
        "Pelatih Persatuan Sepak Bola Tanjungsari, Markus \"Ucok\" Simatupang, mengatakan timnya bermain disiplin.",
        "\"Anak-anak disiplin menjaga jarak antarlini,\" kata Ucok seusai laga.",
        "Kapten tim, Rendra “Bule” Pratama, mengatakan tim akan langsung berlatih untuk laga tandang.",
    ])
    assert [(q["speaker"], q["kind"], q["text"][:20]) for q in qs] == [
        ("Markus Simatupang", "indirect", "timnya bermain disip"),
        ("Markus Simatupang", "direct", "Anak-anak disiplin m"),
        ("Rendra Pratama", "indirect", "tim akan langsung be"),
    ]
    assert qs[0]["role"] == "Pelatih Persatuan Sepak Bola Tanjungsari"


def test_with_no_speaker_yet_a_pronoun_is_the_person_the_sentence_before_was_about():
    qs = find_quotes([
        "Pebulu tangkis tunggal putri Larasati Wibowo menjuarai turnamen Tanjungsari Terbuka, Minggu (9/3/2025).",
        "Larasati sempat tertinggal 10-15 di gim kedua. \"Saya hanya ingin menikmati setiap reli,\" tutur atlet berusia 21 tahun itu.",
    ])
    assert speakers(qs) == ["Larasati Wibowo"]


def test_perseroan_is_the_company_that_spoke():
    qs = find_quotes([
        "PT Arunika Daya Niaga dalam keterangan tertulis menyebutkan gangguan layanan disebabkan pemeliharaan server.",
        "\"Seluruh dana pelanggan aman dan tidak terdampak gangguan ini,\" tulis perseroan.",
    ])
    assert speakers(qs) == ["PT Arunika Daya Niaga"] * 2


def test_a_leading_r_is_a_title_and_an_r_inside_a_name_an_initial():
    qs = find_quotes([
        "Pengamat tata kota R. Sasongko Wicaksono mengatakan trotoar baru terlalu sempit.",
        "\"Pejalan kaki tetap turun ke jalan,\" kata Sasongko.",
        "Dosen planologi Hendra R. Siregar mengatakan lebar trotoar sudah sesuai aturan.",
    ])
    assert [(q["speaker"], q["role"]) for q in qs] == [
        ("Sasongko Wicaksono", "Pengamat tata kota"), ("Sasongko Wicaksono", "Pengamat tata kota"),
        ("Hendra R. Siregar", "Dosen planologi")]


def test_a_short_form_of_a_name_keeps_its_dot_and_ends_no_sentence():
    qs = find_quotes([
        "Pemerhati pendidikan dari Forum Guru Tanjungsari, Moh. Fadli Rasyid, mengatakan sekolah belum siap.",
        "\"Jaringan internet di desa masih putus-sambung,\" kata Fadli.",
    ])
    assert speakers(qs) == ["Moh. Fadli Rasyid"] * 2
    assert qs[0]["role"] == "Pemerhati pendidikan dari Forum Guru Tanjungsari"


def test_degrees_after_the_name_are_no_speaker():
    qs = find_quotes([
        "Guru Besar Hukum Siber Universitas Tanjungsari, Prof. Dr. Ratna Kemala Dewi, S.H., LL.M., mengatakan aturan itu perlu direvisi.",
        "Psikiater anak, dr. Benny Halim, Sp.KJ(K), menilai orang tua perlu dilibatkan. Menurutnya, larangan saja tidak cukup bagi remaja.",
    ])
    assert speakers(qs) == ["Ratna Kemala Dewi", "Benny Halim"]
    assert qs[1]["text"] == "larangan saja tidak cukup bagi remaja"


def test_a_resident_introduced_with_places_and_age_is_the_next_speaker():
    qs = find_quotes([
        "\"Anggaran perbaikan jalan sudah kami usulkan,\" ujar Rahmat Gunawan, Kepala Dinas Pekerjaan Umum.",
        "Warga Desa Sidomukti, Kecamatan Karangjati, Wagiman (61), berharap jalan desanya segera diaspal.",
        "\"Kalau musim hujan, anak-anak berangkat sekolah lewat sawah,\" katanya.",
    ])
    assert speakers(qs) == ["Rahmat Gunawan", "Wagiman"]
    assert qs[1]["role"].startswith("Warga Desa Sidomukti")


def test_mengaku_with_a_feeling_reports_a_clause():
    qs = find_quotes(["Pelatih Persatuan Sepak Bola Tanjungsari, Agus Salimun, mengaku puas dengan permainan timnya di babak kedua."])
    assert [(q["speaker"], q["text"]) for q in qs] == [("Agus Salimun", "puas dengan permainan timnya di babak kedua")]


def test_a_name_given_in_place_of_the_real_one_and_an_alias():
    qs = find_quotes([
        "Salah satu korban, sebut saja Kenanga, mengaku diancam fotonya akan disebar ke teman-teman kuliahnya.",
        "\"Saya takut keluar kamar,\" ujarnya.",
        "Korban lain, Dahlia (bukan nama sebenarnya), mengatakan ia sudah melapor ke polisi sejak Maret.",
        "Salah satu pedagang, Sumirah alias Mbok Sum, warga Kelurahan Pasirjati, mengatakan dagangannya sepi sejak jalan ditutup.",
        "\"Sehari paling laku sepuluh bungkus,\" kata Mbok Sum.",
    ])
    assert speakers(qs) == ["Kenanga", "Kenanga", "Dahlia", "Sumirah", "Sumirah"]


def test_an_organisation_whose_name_holds_a_list_speaks():
    qs = find_quotes([
        "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) menyebutkan hujan lebat masih akan turun hingga akhir pekan.",
        "Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi dalam keterangannya menyatakan ujian susulan digelar pekan depan.",
        "Rina, Dodi, dan Yusuf mengatakan mereka belum menerima undangan ujian susulan.",
    ])
    assert [(q["speaker"], q["text"][:20]) for q in qs] == [
        ("Badan Meteorologi, Klimatologi, dan Geofisika", "hujan lebat masih ak"),
        ("Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi", "ujian susulan digela"),
    ]


def test_cutting_in_attributes_a_question():
    qs = find_quotes([
        "Anggota DPRD Tanjungsari, Wulan Sasmita, bertanya soal pengawasan kios daring.",
        "\"Siapa yang akan mengawasi penjual yang tidak terdaftar?\" sela Wulan.",
    ])
    assert [(q["speaker"], q["cue"]) for q in qs] == [("Wulan Sasmita", "sela")]


def test_any_noun_may_withhold_its_name_and_a_reporters_question_leaves_the_answerer():
    qs = find_quotes([
        "Salah satu admin grup jual beli yang meminta namanya tidak ditulis mengatakan grup itu sudah ditutup sejak Senin.",
        "Direktur Jenderal Aplikasi Digital, Hendro Saputra, mengatakan platform diberi waktu 14 hari.",
        "\"Kalau tidak dipatuhi?\" tanya seorang wartawan.",
        "\"Kami putus aksesnya,\" ujarnya.",
    ])
    assert [(q["speaker"], q["cue"]) for q in qs] == [
        (None, "mengatakan"), ("Hendro Saputra", "mengatakan"), (None, "tanya"), ("Hendro Saputra", "ujar")]
    assert qs[0]["role"] == "admin grup jual beli"


def test_a_corps_after_a_rank_is_no_name():
    qs = find_quotes(["Juru bicara Badan Siber, Kolonel Sus Wisnu Hadinata, mengatakan serangan itu sudah dihentikan."])
    assert speakers(qs) == ["Wisnu Hadinata"]


def test_a_title_in_quotation_marks_is_no_full_name_for_a_short_one():
    qs = find_quotes([
        "Penyanyi Ayu Kirana menggelar konser bertajuk \"Ayu Menyapa\" di Surabaya, Sabtu malam.",
        "\"Saya deg-degan sekali,\" kata Ayu seusai konser.",
    ])
    assert speakers(qs) == ["Ayu Kirana"]


def test_a_person_named_after_a_description_is_the_next_pronouns():
    qs = find_quotes([
        "Gol kemenangan dicetak Rudi Hartawan pada menit ke-88.",
        "\"Kami terlambat panas,\" ujar pelatih tim tamu, Markus Wenas.",
        "Pencetak gol penentu, Rudi Hartawan, mempersembahkan golnya untuk sang ayah. \"Ini untuk Bapak,\" kata pemain berusia 20 tahun itu.",
    ])
    assert speakers(qs) == ["Markus Wenas", "Rudi Hartawan"]


def test_a_one_word_name_with_an_age_before_its_role_is_the_next_pronouns():
    qs = find_quotes([
        "\"Pupuk datang terlambat lagi,\" ujar Ketua Kelompok Tani Subur, Hartono Wibisono.",
        "Karto (63), petani di Desa Ngablak, berharap harga gabah naik menjelang panen raya.",
        "\"Kalau harga jatuh, kami tidak bisa bayar utang pupuk,\" katanya.",
    ])
    assert speakers(qs) == ["Hartono Wibisono", "Karto"]


def test_setempat_inside_a_role_before_the_name():
    qs = find_quotes([
        "Air setinggi satu meter merendam dua dusun sejak subuh, kata Kepala Pelaksana BPBD setempat Sutan Marajo.",
        "Kepala Desa setempat Wagiman mengatakan warga sudah dipindahkan ke balai desa.",
        "Polisi setempat mengatakan jalan desa masih tertutup lumpur.",
    ])
    assert [(q["speaker"], q["role"]) for q in qs] == [
        ("Sutan Marajo", "Kepala Pelaksana BPBD setempat"), ("Wagiman", "Kepala Desa setempat")]


def test_an_organisation_described_with_a_demonstrative_is_the_one_just_named():
    qs = find_quotes([
        "Pihak Lintasku menyatakan data pengguna tidak ikut bocor. Perusahaan rintisan asal Bandung itu "
        "mengaku sudah mengganti seluruh kata sandi server.",
        "Manajemen Gerai Nusa menyebutkan toko daring mereka tetap buka. Pengelola pasar daring, toko, "
        "dan gudang itu juga mengatakan pengiriman tertunda dua hari.",
        "Pihak Kirana Pay mengatakan layanan pulih pukul 10.00. Perusahaan penyedia dompet digital, "
        "pembayaran, dan pinjaman tersebut mengklaim tidak ada saldo yang hilang.",
    ])
    assert [(q["speaker"], q["cue"]) for q in qs] == [
        ("Lintasku", "menyatakan"), ("Lintasku", "mengaku"), ("Gerai Nusa", "menyebutkan"),
        ("Kirana Pay", "mengatakan"), ("Kirana Pay", "mengklaim")]


def test_a_group_speaks_by_the_name_it_gives_itself():
    qs = find_quotes([
        "Kelompok peretas yang menamakan diri \"Garuda Senyap\" mengklaim telah menyalin data 40.000 nasabah.",
        "Sebuah akun anonim yang menyebut dirinya “Penjaga Lumbung” menyatakan akan membuka data itu pekan depan.",
    ])
    assert [(q["speaker"], q["cue"]) for q in qs] == [("Garuda Senyap", "mengklaim"), ("Penjaga Lumbung", "menyatakan")]


def test_a_role_pointing_back_is_its_holder_not_the_last_speaker():
    qs = find_quotes([
        "\"Semua jalur evakuasi sudah dibuka,\" kata Kepala Pelaksana BPBD Kabupaten Lebak, Haris Munandar.",
        "Seorang warga, Tarsih (49), mengaku rumahnya terendam sejak Sabtu pagi. \"Air masuk sampai dapur,\" tuturnya.",
        "Kalaksa BPBD Lebak itu menambahkan, dapur umum sudah berdiri di tiga titik pengungsian.",
    ])
    assert [(q["speaker"], q["cue"]) for q in qs] == [
        ("Haris Munandar", "kata"), ("Tarsih", "mengaku"), ("Tarsih", "tutur"), ("Haris Munandar", "menambahkan")]


def test_what_someone_does_pointing_back_is_that_person():
    qs = find_quotes([
        "Aktris Wulan Kemuning hadir di pemutaran perdana film \"Senja di Pelabuhan\" di Jakarta, Senin malam.",
        "\"Saya gugup sekali malam ini,\" kata Wulan seusai pemutaran.",
        "Pemeran \"Senja di Pelabuhan\" itu mengatakan proses syuting berlangsung selama empat bulan di Sulawesi.",
    ])
    assert [(q["speaker"], q["cue"]) for q in qs] == [("Wulan Kemuning", "kata"), ("Wulan Kemuning", "mengatakan")]


def test_the_places_after_a_residents_description_are_no_speaker():
    qs = find_quotes([
        "Seorang pedagang, Darmini (45), warga Kasihan, Bantul, Daerah Istimewa Yogyakarta, mengaku omzetnya turun separuh sejak pasar direnovasi.",
        "\"Pembeli pindah ke toko daring,\" katanya.",
    ])
    assert speakers(qs) == ["Darmini", "Darmini"]


def test_a_verb_needing_a_clause_takes_one_opened_by_pihaknya():
    qs = find_quotes([
        "Juru bicara Tokoria, Fendi Halim, membenarkan pihaknya sedang memeriksa server cadangan.",
        "Ia juga memastikan dirinya tidak pernah menjual data pelanggan.",
        "Fendi mengingatkan pihaknya agar lebih berhati-hati.",
        "Ia membenarkan kabar itu.",
    ])
    assert [(q["speaker"], q["cue"], q["text"]) for q in qs] == [
        ("Fendi Halim", "membenarkan", "pihaknya sedang memeriksa server cadangan"),
        ("Fendi Halim", "memastikan", "dirinya tidak pernah menjual data pelanggan")]


def test_br_boru_inside_a_batak_womans_name():
    qs = find_quotes([
        "Pemilik warung, Tiurlan br Simanjuntak (47) yang akrab disapa Mak Lan, mengaku warungnya sepi sejak jalan ditutup.",
        "\"Sehari paling laku sepuluh bungkus,\" ujar Mak Lan.",
        "\"Kami menunggu kepastian,\" tambah Tiurlan br Simanjuntak.",
    ])
    assert speakers(qs) == ["Tiurlan br Simanjuntak"] * 3


def test_a_decimal_comma_splits_no_speakers_description():
    qs = find_quotes([
        "\"Kami sudah mengatur ulang seluruh sandi,\" kata Kepala Divisi Keamanan Lintasku, Oktavia Rahmi.",
        "Pengusaha kuliner dengan 1,2 juta pengikut, Benny Kurniawan, mengatakan tokonya ikut menjadi korban.",
        "Pemilik 2,5 juta pengikut di TikTok itu mengaku sudah melapor ke polisi.",
    ])
    assert [(q["speaker"], q["role"]) for q in qs] == [
        ("Oktavia Rahmi", "Kepala Divisi Keamanan Lintasku"),
        ("Benny Kurniawan", "Pengusaha kuliner dengan 1,2 juta pengikut"),
        ("Benny Kurniawan", "Pengusaha kuliner dengan 1,2 juta pengikut")]


def test_a_nickname_introduced_in_narration_and_the_owner_pointing_back():
    qs = find_quotes([
        "\"Kami akan memanggil para pemengaruh,\" kata juru bicara Otoritas Jasa Keuangan, Larasati Wibowo.",
        "Salah satu pemengaruh saham, Hendra Gunawan atau yang dikenal dengan nama akun Om Saham, "
        "menyambut baik rencana itu. Pemilik 800.000 pengikut di YouTube itu mengaku sudah lama menandai konten berbayar.",
        "\"Yang merusak itu akun bodong,\" ujar Om Saham.",
        "Pemengaruh kripto Dimas Arya menulis bahwa aturan itu terlalu ketat bagi kreator pemula.",
    ])
    assert [(q["speaker"], q["cue"]) for q in qs] == [
        ("Larasati Wibowo", "kata"), ("Hendra Gunawan", "mengaku"), ("Hendra Gunawan", "ujar"),
        ("Dimas Arya", "menulis")]


def test_an_organisation_noun_with_its_modifiers_before_the_name():
    qs = find_quotes([
        "Operator seluler PT Jaringan Cakra Tbk menyatakan siap mengikuti lelang frekuensi.",
        "Sementara itu, platform belanja daring Pasarkita mengatakan belum menerima surat teguran.",
        "Perusahaan asal Bandung itu tidak menjawab.",
    ])
    assert [(q["speaker"], q["cue"]) for q in qs] == [
        ("PT Jaringan Cakra Tbk", "menyatakan"), ("Pasarkita", "mengatakan")]


def test_a_verb_needing_a_clause_takes_one_whose_subject_ends_in_nya():
    qs = find_quotes([
        "Direktur Utama Bank Kenanga, Hadi Prasetyo, mengakui servernya diretas pada Sabtu malam.",
        "Ia mengakui kesalahannya dan meminta maaf kepada nasabah.",
        "Hadi juga memastikan datanya sudah dipulihkan dari cadangan.",
    ])
    assert [(q["cue"], q["text"]) for q in qs] == [
        ("mengakui", "servernya diretas pada Sabtu malam"),
        ("memastikan", "datanya sudah dipulihkan dari cadangan")]


def test_a_clitic_after_someone_comments_is_the_commenter():
    qs = find_quotes([
        "\"Lembaganya belum ada,\" kata anggota Komisi I DPR, Wening Kusumastuti.",
        "\"Anggaran sudah kami ajukan,\" kata Sekretaris Jenderal Komdigi, Yusuf Rahardjo.",
        "Wening kemudian menyoroti lemahnya pengawasan. \"Siapa yang mengawasi pengawas?\" ucapnya.",
    ])
    assert speakers(qs) == ["Wening Kusumastuti", "Yusuf Rahardjo", "Wening Kusumastuti"]


def test_a_clause_whose_predicate_is_a_likeness_is_reported():
    qs = find_quotes([
        "Seorang korban, Sumarni (58), kehilangan Rp 40 juta. Ia mengatakan suara di telepon benar-benar mirip cucunya.",
    ])
    assert [(q["speaker"], q["text"]) for q in qs] == [("Sumarni", "suara di telepon benar-benar mirip cucunya")]


def test_a_short_form_with_a_relative_clause_is_the_next_pronouns():
    qs = find_quotes([
        "Gol kemenangan Persada dicetak penyerang muda Bayu Setiawan Nugroho.",
        "\"Kami bermain sabar,\" kata pelatih Persada, Hendrik Manuhutu.",
        "Bayu, yang baru berusia 20 tahun, kini mengoleksi 5 gol. Ia mengaku gol itu dipersembahkan untuk ibunya.",
        "\"Ibu selalu menonton dari tribune,\" kata Bayu.",
        "Pemain, yang kelelahan, langsung masuk ruang ganti. Ia mengaku puas dengan hasil laga.",
    ])
    assert [(q["speaker"], q["cue"]) for q in qs] == [
        ("Hendrik Manuhutu", "kata"), ("Bayu Setiawan Nugroho", "mengaku"), ("Bayu Setiawan Nugroho", "kata"),
        ("Bayu Setiawan Nugroho", "mengaku")]


def test_a_description_with_a_relative_clause_after_the_name():
    qs = find_quotes([
        "Salah satu penonton, Yuliana Bere (23), mahasiswi asal Atambua yang kini berkuliah di Malang, mengaku rela antre sejak subuh.",
        "Pelatih tim tamu, Markus Wenas, mengakui timnya kalah dalam duel udara.",
    ])
    assert [(q["speaker"], q["role"], q["text"]) for q in qs] == [
        ("Yuliana Bere", "mahasiswi asal Atambua yang kini berkuliah di Malang", "rela antre sejak subuh"),
        ("Markus Wenas", "Pelatih tim tamu", "timnya kalah dalam duel udara")]


def test_an_account_speaks_by_its_handle():
    qs = find_quotes([
        "Akun @kopiseduh_id, misalnya, menulis di X, \"Sudah bayar setahun, eh diblokir.\"",
        "Pemilik akun @rina.kirana mengatakan akunnya ditangguhkan tanpa pemberitahuan.",
        "\"Uangnya kembali ke mana?\" tulis akun @kopiseduh_id.",
    ])
    assert [(q["speaker"], q["cue"]) for q in qs] == [
        ("@kopiseduh_id", "menulis"), ("@rina.kirana", "mengatakan"), ("@kopiseduh_id", "tulis")]


def test_a_phrase_between_the_verb_and_its_quote():
    qs = find_quotes([
        "Kepala Dinas Kominfo Garut, Tatang Sumarna, mengatakan kepada wartawan, \"Kami sudah melapor ke Komdigi.\"",
        "Ia menulis di akun Instagram-nya: \"Terima kasih atas dukungannya.\"",
    ])
    assert [(q["speaker"], q["cue"], q["kind"]) for q in qs] == [
        ("Tatang Sumarna", "mengatakan", "direct"), ("Tatang Sumarna", "menulis", "direct")]
