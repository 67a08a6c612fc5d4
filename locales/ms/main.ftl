# lmip: teks antara muka dalam bahasa Melayu

site-name = lmip
site-tagline = Portal Maklumat Migrasi Pekerja
skip-to-content = Langkau ke kandungan utama
language-label = Bahasa
language-choose = Pilih bahasa anda

## Navigation
nav-label = Menu utama
nav-home = Laman utama
nav-corridors = Negara dan laluan
nav-agencies = Semak agensi
nav-jobs = Pekerjaan
nav-help = Dapatkan bantuan
nav-complaints = Aduan
nav-statistics = Statistik

## Home page
home-title = Bekerja di luar negara dengan selamat
home-intro = Maklumat percuma yang telah disemak, untuk orang yang bekerja di luar negara, keluarga mereka dan majikan.
home-sections = Apa yang anda perlukan?
home-corridors-desc = Langkah, dokumen dan kos yang sah untuk pergi dari negara anda ke negara lain.
home-agencies-desc = Adakah agensi pengambilan pekerja berlesen? Adakah ia selamat?
home-jobs-desc = Tawaran kerja dan program kerajaan yang telah disemak.
home-help-desc = Talian bantuan, kedutaan, kesatuan sekerja dan pusat yang membantu pekerja.
home-complaints-desc = Laporkan masalah dan ikuti kes anda, termasuk merentasi sempadan.
home-statistics-desc = Angka rasmi pekerja migran, mengikut negara dan jantina.
home-trust = Setiap halaman menunjukkan sumber maklumatnya dan tarikh ia terakhir disemak.
home-urgent = Dalam bahaya sekarang? Hubungi polis atau talian bantuan di negara tempat anda berada.

## Sections that are not ready yet
section-building = Bahagian portal ini sedang dibina. Sila kembali tidak lama lagi.

## Sample data
sample-banner = Data contoh: portal ini memaparkan maklumat contoh untuk ujian. Jangan bergantung padanya.

## Footer
footer-about = lmip ialah perisian sumber terbuka percuma yang dikendalikan oleh kementerian sumber manusia, badan serantau dan NGO.
footer-privacy = Kami mengumpul data peribadi sesedikit yang mungkin.

## Errors
error-not-found-title = Halaman tidak dijumpai
error-not-found-body = Kami tidak menjumpai halaman ini. Ia mungkin telah dipindahkan, atau alamatnya salah.
error-server-title = Berlaku masalah
error-server-body = Ini kesilapan kami, bukan kesilapan anda. Sila cuba lagi dalam beberapa minit.
error-unavailable-title = Tidak tersedia buat masa ini
error-unavailable-body = Portal tidak dapat menjawab buat masa ini. Sila cuba lagi dalam beberapa minit.
error-bad-request-title = Kami tidak memahami permintaan ini
error-bad-request-body = Sila semak alamat atau borang, kemudian cuba lagi.
error-go-home = Ke laman utama
error-reference = Rujukan: { $id }
untranslated-note = Belum diterjemahkan ke dalam bahasa anda
