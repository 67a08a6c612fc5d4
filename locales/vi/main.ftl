# lmip: chuỗi giao diện tiếng Việt

site-name = lmip
site-tagline = Cổng thông tin về di cư lao động
skip-to-content = Chuyển đến nội dung chính
language-label = Ngôn ngữ
language-choose = Chọn ngôn ngữ của bạn

## Navigation
nav-label = Menu chính
nav-home = Trang chủ
nav-corridors = Quốc gia và tuyến đường
nav-agencies = Kiểm tra công ty môi giới
nav-jobs = Việc làm
nav-help = Tìm trợ giúp
nav-complaints = Khiếu nại
nav-statistics = Thống kê

## Home page
home-title = Đi làm việc ở nước ngoài an toàn
home-intro = Thông tin miễn phí, đã được kiểm tra, dành cho người đi làm việc ở nước ngoài, gia đình họ và người sử dụng lao động.
home-sections = Bạn cần gì?
home-corridors-desc = Các bước, giấy tờ và chi phí hợp pháp để đi từ nước bạn sang một nước khác.
home-agencies-desc = Công ty tuyển dụng có giấy phép không? Có an toàn không?
home-jobs-desc = Các đơn hàng và chương trình của chính phủ đã được kiểm tra.
home-help-desc = Đường dây nóng, đại sứ quán, công đoàn và các trung tâm hỗ trợ người lao động.
home-complaints-desc = Báo cáo vấn đề và theo dõi hồ sơ của bạn, kể cả khi vượt biên giới.
home-statistics-desc = Số liệu chính thức về lao động di cư, theo quốc gia và giới tính.
home-trust = Mỗi trang đều cho biết nguồn thông tin và ngày kiểm tra gần nhất.
home-urgent = Bạn đang gặp nguy hiểm? Hãy gọi cảnh sát hoặc đường dây nóng ở nước bạn đang ở.

## Sections that are not ready yet
section-building = Phần này của cổng thông tin đang được xây dựng. Vui lòng quay lại sau.

## Sample data
sample-banner = Dữ liệu mẫu: cổng thông tin này hiển thị thông tin mẫu để thử nghiệm. Đừng dựa vào thông tin này.

## Footer
footer-about = lmip là phần mềm nguồn mở miễn phí, do các bộ lao động, tổ chức khu vực và tổ chức phi chính phủ vận hành.
footer-privacy = Chúng tôi thu thập ít dữ liệu cá nhân nhất có thể.

## Errors
error-not-found-title = Không tìm thấy trang
error-not-found-body = Chúng tôi không tìm thấy trang này. Trang có thể đã được chuyển đi, hoặc địa chỉ bị sai.
error-server-title = Đã xảy ra lỗi
error-server-body = Đây là lỗi của chúng tôi, không phải của bạn. Vui lòng thử lại sau vài phút.
error-unavailable-title = Hiện chưa thể sử dụng
error-unavailable-body = Cổng thông tin hiện không thể trả lời. Vui lòng thử lại sau vài phút.
error-bad-request-title = Chúng tôi không hiểu yêu cầu này
error-bad-request-body = Vui lòng kiểm tra địa chỉ hoặc biểu mẫu rồi thử lại.
error-go-home = Về trang chủ
error-reference = Mã tham chiếu: { $id }
untranslated-note = Chưa được dịch sang ngôn ngữ của bạn
