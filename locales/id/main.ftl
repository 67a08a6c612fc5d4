# lmip: teks antarmuka dalam bahasa Indonesia

site-name = lmip
site-tagline = Portal Informasi Migrasi Tenaga Kerja
skip-to-content = Langsung ke isi utama
language-label = Bahasa
language-choose = Pilih bahasa Anda

## Navigation
nav-label = Menu utama
nav-home = Beranda
nav-corridors = Negara dan rute
nav-agencies = Periksa agen
nav-jobs = Lowongan kerja
nav-help = Cari bantuan
nav-complaints = Pengaduan
nav-statistics = Statistik

## Home page
home-title = Bekerja di luar negeri dengan aman
home-intro = Informasi gratis yang sudah diperiksa, untuk orang yang bekerja di luar negeri, keluarganya, dan pemberi kerja.
home-sections = Apa yang Anda butuhkan?
home-corridors-desc = Langkah, dokumen, dan biaya resmi untuk berangkat dari negara Anda ke negara lain.
home-agencies-desc = Apakah agen penempatan punya izin? Apakah aman?
home-jobs-desc = Lowongan kerja dan program pemerintah yang sudah diperiksa.
home-help-desc = Hotline, kedutaan, serikat pekerja, dan pusat layanan yang membantu pekerja.
home-complaints-desc = Laporkan masalah dan ikuti kasus Anda, juga lintas negara.
home-statistics-desc = Angka resmi pekerja migran, menurut negara dan jenis kelamin.
home-trust = Setiap halaman menunjukkan sumber informasinya dan kapan terakhir diperiksa.
home-urgent = Dalam bahaya sekarang? Hubungi polisi atau hotline di negara tempat Anda berada.

## Sections that are not ready yet
section-building = Bagian portal ini sedang dibuat. Silakan kembali lagi nanti.

## Sample data
sample-banner = Data contoh: portal ini menampilkan informasi contoh untuk uji coba. Jangan mengandalkannya.

## Footer
footer-about = lmip adalah perangkat lunak sumber terbuka yang gratis, dijalankan oleh kementerian ketenagakerjaan, badan regional, dan LSM.
footer-privacy = Kami mengumpulkan data pribadi sesedikit mungkin.

## Errors
error-not-found-title = Halaman tidak ditemukan
error-not-found-body = Kami tidak dapat menemukan halaman ini. Mungkin sudah dipindahkan, atau alamatnya salah.
error-server-title = Terjadi kesalahan
error-server-body = Ini kesalahan kami, bukan kesalahan Anda. Silakan coba lagi beberapa menit lagi.
error-unavailable-title = Belum bisa digunakan saat ini
error-unavailable-body = Portal tidak dapat menjawab saat ini. Silakan coba lagi beberapa menit lagi.
error-bad-request-title = Kami tidak memahami permintaan ini
error-bad-request-body = Silakan periksa alamat atau formulir, lalu coba lagi.
error-go-home = Ke beranda
error-reference = Nomor referensi: { $id }
untranslated-note = Belum diterjemahkan ke bahasa Anda
