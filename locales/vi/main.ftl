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

## Accounts and back office
account-sign-in-title = Đăng nhập
account-sign-in-intro = Dành cho cán bộ của các bộ, công đoàn, tổ chức phi chính phủ và các tổ chức khác duy trì cổng thông tin này.
account-email = Địa chỉ email
account-password = Mật khẩu
account-sign-in = Đăng nhập
account-set-password-title = Chọn mật khẩu của bạn
account-set-password-rules = Dùng ít nhất 12 ký tự. Vài từ không liên quan đến nhau tạo thành một mật khẩu mạnh và dễ nhớ.
account-password-repeat = Nhập lại mật khẩu
account-save-password = Lưu mật khẩu
account-password-saved = Mật khẩu của bạn đã được lưu. Bây giờ bạn có thể đăng nhập.
account-sign-out = Đăng xuất
account-sessions-title = Nơi bạn đang đăng nhập
account-sessions-device = Trình duyệt
account-sessions-started = Đăng nhập lúc
account-sessions-last-seen = Hoạt động gần nhất
account-sessions-current = trình duyệt này
account-sign-out-everywhere = Đăng xuất khỏi mọi nơi
account-error-too-short = Mật khẩu quá ngắn: hãy dùng ít nhất 12 ký tự.
account-error-too-long = Mật khẩu quá dài: hãy dùng tối đa 128 ký tự.
account-error-common = Đây là một trong những mật khẩu phổ biến nhất, kẻ tấn công sẽ thử trước tiên. Hãy chọn mật khẩu khác.
account-error-differ = Hai mật khẩu không giống nhau.
account-error-link = Không thể dùng liên kết này: có thể đã hết hạn hoặc đã được dùng. Hãy xin quản trị viên một liên kết mới.
account-error-throttled = Thử quá nhiều lần. Hãy đợi { $minutes } phút rồi thử lại.
account-error-credentials = Địa chỉ email hoặc mật khẩu không đúng.
office-title = Trang quản trị
office-signed-in-as = Đã đăng nhập với tên { $email }
office-roles = Tổ chức và vai trò của bạn
office-no-roles = Bạn chưa có vai trò nào trong tổ chức nào. Hãy hỏi quản trị viên.
office-queues = Danh sách công việc của bạn (nội dung cần duyệt, số liệu thống kê được gửi và các hồ sơ) sẽ hiện ở đây.
error-forbidden-title = Không thể gửi biểu mẫu này
error-forbidden-body = Biểu mẫu đã hết hạn hoặc không đến từ trang web này. Hãy quay lại, tải lại trang và thử lại.
audit-title = Nhật ký kiểm tra
audit-intro = Mọi thay đổi và lần đăng nhập, theo thứ tự, được nối chuỗi để lộ ra mọi sự sửa đổi. Kiểm tra chuỗi bằng: lmip audit verify
audit-action = Hành động bắt đầu bằng
audit-entity = Loại bản ghi
audit-filter = Lọc
audit-when = Thời gian (UTC)
audit-who = Ai
audit-what = Việc gì
audit-details = Chi tiết
audit-older = Mục cũ hơn
