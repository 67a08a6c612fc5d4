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
account-error-link = Không thể dùng liên kết này: có thể đã hết hạn hoặc đã được dùng. Hãy xin liên kết mới bằng "Quên mật khẩu?" ở trang đăng nhập, hoặc hỏi quản trị viên.
account-forgot-link = Quên mật khẩu?
account-forgot-title = Đặt mật khẩu mới
account-forgot-intro = Nhập địa chỉ email của tài khoản. Chúng tôi sẽ gửi cho bạn một liên kết để đặt mật khẩu mới. Liên kết có hiệu lực trong 30 phút.
account-forgot-send = Gửi liên kết
account-forgot-sent = Nếu địa chỉ này có tài khoản, một liên kết đang được gửi đến. Hãy kiểm tra email, kể cả thư mục thư rác. Liên kết có hiệu lực trong 30 phút.
account-error-email = Đây không phải là địa chỉ email. Hãy kiểm tra và thử lại.
account-code-title = Nhập mã
account-code-intro = Mở ứng dụng xác thực trên điện thoại và nhập mã 6 chữ số mà ứng dụng hiển thị cho cổng thông tin này.
account-code = Mã 6 chữ số
account-error-code = Mã này không đúng hoặc đã được dùng. Hãy đợi mã tiếp theo rồi nhập.
account-error-sign-in-expired = Đăng nhập mất quá nhiều thời gian. Hãy bắt đầu lại với mật khẩu.
account-confirm-title = Nhập lại mật khẩu
account-confirm-intro = Để thực hiện thay đổi này, hãy nhập lại mật khẩu. Chúng tôi hỏi khi bạn đã đăng nhập hơn 15 phút trước.
account-confirm = Tiếp tục
account-two-factor-title = Xác thực hai bước
account-two-factor-intro = Xác thực hai bước bảo vệ tài khoản của bạn ngay cả khi có người biết mật khẩu. Hãy cài ứng dụng xác thực trên điện thoại, quét mã này, rồi nhập mã 6 chữ số mà ứng dụng hiển thị.
account-two-factor-secret = Nếu không quét được, hãy gõ khóa này vào ứng dụng:
account-two-factor-turn-on = Bật
account-two-factor-turn-off = Tắt
account-two-factor-is-on = Tài khoản của bạn đang dùng xác thực hai bước. Để tắt, hãy nhập một mã từ ứng dụng.
account-two-factor-on = Đã bật xác thực hai bước. Từ nay, bạn sẽ nhập mã khi đăng nhập.
account-two-factor-off = Đã tắt xác thực hai bước.
account-two-factor-required = Tổ chức của bạn yêu cầu xác thực hai bước. Hãy thiết lập ngay để tiếp tục.
account-error-second-factor-mandatory = Tổ chức của bạn yêu cầu xác thực hai bước, nên bạn không thể tắt.
role-admin = Quản trị viên
role-editor = Biên tập viên
role-reviewer = Người duyệt
role-stats-focal-point = Đầu mối thống kê
role-stats-approver = Người phê duyệt thống kê
role-caseworker = Cán bộ xử lý vụ việc
role-case-supervisor = Giám sát xử lý vụ việc
role-agency-rep = Đại diện công ty tuyển dụng
role-unknown = Vai trò không xác định
org-kind-ministry = Bộ
org-kind-overseas-employment-agency = Cơ quan quản lý lao động ngoài nước
org-kind-embassy = Đại sứ quán hoặc tùy viên lao động
org-kind-statistics-office = Cơ quan thống kê
org-kind-trade-union = Công đoàn
org-kind-ngo = Tổ chức phi chính phủ
org-kind-resource-centre = Trung tâm hỗ trợ lao động di cư
org-kind-recruitment-agency = Công ty tuyển dụng
org-kind-employer = Người sử dụng lao động
org-kind-regional-body = Tổ chức khu vực
org-kind-operator = Đơn vị vận hành cổng thông tin
office-error-last-admin = Đây là quản trị viên cuối cùng của tổ chức. Hãy chỉ định người khác làm quản trị viên trước.
office-error-not-member = Người này không phải thành viên của tổ chức. Hãy gửi lời mời.
office-error-name = Hãy đặt tên dài từ 1 đến 200 ký tự.
office-error-token-roles = Hãy chọn ít nhất một vai trò. Mã truy cập không thể là quản trị viên.
office-error-token-name = Hãy đặt tên cho mã truy cập (1 đến 100 ký tự), nói rõ chương trình nào dùng nó.
office-error-slug = Tên ngắn chỉ gồm 2 đến 40 chữ cái thường a-z, chữ số và dấu gạch ngang, ví dụ dol-thailand.
office-error-country = Hãy dùng mã quốc gia hai chữ cái, ví dụ TH hoặc KH, hoặc để trống.
office-error-choice = Một lựa chọn không hợp lệ. Hãy tải lại trang và thử lại.
office-error-taken = Tên ngắn này đã được dùng. Hãy chọn tên khác.
office-organisations-title = Tổ chức
office-new-organisation = Thêm tổ chức
office-org-name = Tên đầy đủ
office-org-slug = Tên ngắn (cho địa chỉ web)
office-org-kind = Loại
office-org-country = Mã quốc gia (không bắt buộc)
office-create = Thêm
office-members = Thành viên
office-member-roles = Vai trò
office-status-invited = đã được mời
office-withdraw = Gỡ bỏ
office-grant = Thêm vai trò
office-invite = Mời một người
office-invite-intro = Chúng tôi sẽ gửi email kèm liên kết tham gia. Nếu người đó chưa có tài khoản, liên kết cho phép đặt mật khẩu; liên kết có hiệu lực 7 ngày.
office-role = Vai trò
office-invite-send = Gửi lời mời
office-second-factor-required = Thành viên phải dùng xác thực hai bước.
office-second-factor-optional-now = Xác thực hai bước là tùy chọn đối với thành viên.
office-second-factor-require = Bắt buộc xác thực hai bước
office-second-factor-optional = Đặt thành tùy chọn
office-tokens = Mã truy cập API
office-tokens-intro = Mã truy cập cho phép chương trình, ví dụ tập lệnh tải lên số liệu thống kê, dùng cổng thông tin thay cho tổ chức này. Mỗi mã chỉ có những vai trò bạn chọn.
office-token-name = Chương trình dùng mã
office-token-last-used = Dùng lần cuối
office-token-revoked = đã thu hồi
office-token-revoke = Thu hồi
office-token-create = Tạo mã truy cập
office-token-once = Hãy sao chép mã này ngay và giữ an toàn. Mã sẽ không hiển thị lại.
office-token-made = Đã tạo mã truy cập.
office-invited = Đã gửi lời mời.
office-saved = Đã lưu.
office-administer = Các tổ chức bạn quản trị
office-your-account = Tài khoản của bạn
mail-reset-subject = Đặt mật khẩu mới
mail-reset-body =
    Có người đã yêu cầu đặt mật khẩu mới cho tài khoản của bạn trên cổng thông tin này.
    Nếu đó là bạn, hãy mở liên kết này trong vòng { $minutes } phút:
    
    { $link }
    
    Nếu không phải bạn, bạn có thể bỏ qua thư này. Mật khẩu của bạn không thay đổi.
mail-invite-subject = Bạn được mời tham gia { $org }
mail-invite-body =
    Bạn được mời tham gia { $org } trên cổng thông tin di cư lao động, với vai trò { $role }.
    Mở liên kết này để đặt mật khẩu. Liên kết có hiệu lực đến { $expires }:
    
    { $link }
    
    Nếu bạn không chờ thư này, bạn có thể bỏ qua.
mail-role-added-subject = Bạn có vai trò mới trong { $org }
mail-role-added-body =
    Bạn hiện có vai trò { $role } trong { $org } trên cổng thông tin di cư lao động.
    Đăng nhập tại đây:
    
    { $link }

# Statistics submissions (back office).
office-statistics = Gửi số liệu thống kê
stats-submissions-title = Gửi số liệu thống kê
stats-upload-for = Gửi số liệu thống kê của { $org }
stats-upload-intro = Chọn bảng và năm, rồi chọn tệp: bảng hỏi XLSX, CSV (dạng SDMX-CSV hoặc ILOSTAT) hoặc SDMX-ML. Chúng tôi kiểm tra và hiển thị báo cáo. Không có gì được công bố cho đến khi người phê duyệt chấp nhận.
stats-flow = Bảng
stats-period = Năm
stats-period-help = Một năm, như 2024, hoặc một khoảng, như 2020-2024.
stats-encoding = Mã hóa văn bản
stats-encoding-auto = Tự động nhận biết
stats-file = Tệp
stats-upload = Gửi và kiểm tra
stats-recent = Lần gửi gần đây
stats-none = Chưa có lần gửi nào.
stats-submitted-at = Đã gửi
stats-organisation = Tổ chức
stats-status = Trạng thái
stats-format = Loại tệp
stats-counts = Số lượng
stats-observations = { $n } giá trị
stats-errors = { $n } lỗi
stats-warnings = { $n } cảnh báo
stats-report = Báo cáo kiểm tra
stats-report-clean = Không tìm thấy vấn đề nào.
stats-severity = Loại
stats-where = Ở đâu
stats-what = Nội dung
stats-error = Lỗi
stats-warning = Cảnh báo
stats-sheet = trang tính
stats-row = hàng
stats-column = cột
stats-preview = Các giá trị đầu tiên
stats-series = Chuỗi
stats-value = Giá trị
stats-decide = Quyết định
stats-accept-warnings = Tôi đã đọc các cảnh báo và chấp nhận.
stats-publish = Công bố
stats-reject-reason = Lý do gửi cho người gửi (không bắt buộc)
stats-reject = Trả lại
stats-status-waiting = Đang chờ người phê duyệt
stats-status-errors = Có lỗi: hãy gửi tệp đã sửa
stats-status-released = Đã công bố
stats-status-rejected = Đã trả lại
stats-done-released = Đã công bố thành một bản phát hành mới.
stats-done-rejected = Đã trả lại cho người gửi.
stats-error-flow = Hãy chọn một bảng trong danh sách.
stats-error-period = Hãy nhập một năm, như 2024, hoặc một khoảng, như 2020-2024.
stats-error-encoding = Hãy chọn một kiểu mã hóa trong danh sách.
stats-error-decided = Đã có người quyết định về lần gửi này.
stats-error-has-errors = Tệp này có lỗi. Không thể công bố. Hãy trả lại.
stats-error-accept-warnings = Tệp này có cảnh báo. Hãy đánh dấu ô để chấp nhận trước khi công bố.
stats-error-own = Bạn tự gửi tệp này. Một người phê duyệt khác phải quyết định.
stats-error-no-file = Hãy chọn tệp để gửi.
stats-problem-too-large = Tệp lớn hơn { $limit } MB. Hãy chia thành các tệp nhỏ hơn.
stats-problem-too-many-rows = Tệp có hơn { $limit } hàng. Hãy chia thành các tệp nhỏ hơn.
stats-problem-too-many-columns = Tệp có hơn { $limit } cột.
stats-problem-field-too-long = Ô này dài hơn { $limit } ký tự.
stats-problem-unreadable = Không đọc được tệp: { $reason }
stats-problem-bad-encoding = Văn bản ở đây không phải { $encoding }. Hãy chọn mã hóa của tệp (tiếng Thái thường là Windows-874, tiếng Việt là Windows-1258) và gửi lại.
stats-problem-unsupported-format = Không thể đọc tệp này ở đây ({ $format }). Hãy lưu bảng dưới dạng CSV UTF-8 và gửi tệp đó.
stats-problem-unknown-layout = Tiêu đề cột ({ $columns }) không theo dạng SDMX-CSV hay ILOSTAT.
stats-problem-missing-column = Thiếu cột { $column }.
stats-problem-unknown-column = Cột { $column } không thuộc bảng này. Hãy xóa nó.
stats-problem-repeated-column = Cột { $column } xuất hiện hai lần.
stats-problem-ragged-row = Hàng này có { $found } ô; tiêu đề có { $expected }.
stats-problem-unbalanced-quote = Một dấu ngoặc kép mở ở đây nhưng không bao giờ đóng.
stats-problem-wrong-flow = Tệp này dành cho { $found }, không phải cho { $expected }.
stats-problem-unsupported-action = Không dùng được thao tác { $action } ở đây. Hãy dùng I (thêm) hoặc R (thay thế).
stats-problem-xml-doctype = XML có khai báo loại tài liệu. Vì an toàn, các tệp như vậy bị từ chối.
stats-problem-xml-namespace = XML không phải SDMX-ML 2.1 (không gian tên là { $found }).
stats-problem-xml-malformed = XML bị hỏng ở đây: { $reason }
stats-problem-not-sdmx-data = XML là một thông điệp { $root }, không phải dữ liệu SDMX.
stats-problem-no-data = Tệp không có giá trị nào.
stats-problem-unknown-code = { $code } không phải là mã của { $component }.
stats-problem-duplicate-key = { $key } cho { $period } đã có ở hàng { $first_row }.
stats-problem-not-a-number = { $value } không phải là số.
stats-problem-negative = { $value } là số âm. Số lượng không thể nhỏ hơn không.
stats-problem-missing-value = Giá trị bị trống. Hãy nhập một số, hoặc một trạng thái quan sát cho biết vì sao thiếu.
stats-problem-bad-period = { $value } không phải là kỳ của tần suất { $frequency } (năm được viết như 2024).
stats-problem-period-out-of-range = { $value } nằm ngoài các năm của lần gửi này ({ $first } đến { $last }).
stats-problem-missing-attribute = { $attribute } là bắt buộc nhưng không có giá trị.
stats-problem-conflicting-attribute = { $attribute } là { $first } ở một hàng trước của chuỗi này nhưng là { $found } ở đây.
stats-problem-total-mismatch = Tổng của { $key } năm { $period } là { $total }, nhưng các phần cộng lại là { $parts }.
stats-problem-jump = { $key } năm { $period } là { $value }; số đã công bố là { $previous } (khác { $factor } lần).
stats-problem-more-of-the-same = Còn { $more } mục giống như trên không được liệt kê. Hãy sửa các mục đó và gửi lại tệp.
stats-problem-not-a-questionnaire = Sổ tính này không phải bảng hỏi của lmip: không có trang tính { $sheet } chứa bảng. Hãy tạo bảng hỏi từ mẫu và điền vào đó.
stats-problem-archive-bomb = Sổ tính này giải nén ra nhiều dữ liệu hơn mức một bảng hỏi có thể chứa. Vì an toàn, nó bị từ chối.
stats-template-instructions = Cách điền bảng hỏi này
stats-template-step-for = Bảng hỏi này dành cho bảng { $flow }, cho { $country }, năm { $year }. Không thay đổi các giá trị ở đầu trang bảng hoặc tiêu đề cột.
stats-template-step-rows = Viết mỗi quốc gia một hàng: chọn quốc gia ở cột đầu tiên từ danh sách.
stats-template-step-numbers = Chỉ viết số người, không có dấu cách hay dấu phân cách hàng nghìn. Để trống ô khi bạn không biết giá trị.
stats-template-step-totals = Tổng phải bằng tổng các phần (nam và nữ).
stats-template-step-send = Gửi tệp từ trang quản trị, trong mục Gửi số liệu thống kê. Bạn sẽ nhận được báo cáo cho biết từng vấn đề và vị trí của nó.
stats-template-flow = Bảng
stats-template-frequency = Tần suất
stats-template-country = Quốc gia
stats-template-year = Năm
stats-template-unit = Đơn vị
stats-template-partner = Quốc gia đối tác
stats-template-value = Giá trị
stats-template-note = Ghi chú

# Statistics explorer and country profiles (public).
stats-flow-mig-stock = Lao động di cư sống ở nước ngoài (số lượng)
stats-flow-mig-outflow = Công dân ra nước ngoài làm việc
stats-flow-mig-inflow = Lao động di cư đến
stats-flow-mig-return = Lao động di cư trở về
stats-flow-remit = Kiều hối
stats-flow-complaints = Khiếu nại của lao động di cư
stats-unit-persons = người
stats-unit-thousand-persons = nghìn người
stats-unit-usd = đô la Mỹ
stats-unit-million-usd = triệu đô la Mỹ
stats-profile-abroad = Người của nước này sống ở nước ngoài, theo quốc gia
stats-profile-migrants = Người di cư sống ở đây, theo nước xuất xứ
stats-profile-departures = Đi làm việc ở nước ngoài, theo nơi đến
stats-profile-remittances = Kiều hối nhận được, theo nước gửi
stats-explorer-title = Thống kê
stats-explorer-intro = Số liệu chính thức về lao động di cư. Chọn nội dung muốn xem rồi bấm Hiển thị. Bạn có thể tải số liệu hoặc chia sẻ liên kết.
stats-area = Quốc gia
stats-partner = Quốc gia đối tác
stats-all-partners = Tất cả quốc gia đối tác
stats-breakdown = Nhóm
stats-from = Từ năm
stats-to = Đến năm
stats-show = Hiển thị
stats-no-figures = Chưa có số liệu cho lựa chọn này.
stats-unit = Đơn vị
stats-sources = Nguồn
stats-download-csv = Tải các số liệu này (CSV)
stats-download-xlsx = Tải các số liệu này (Excel)
stats-permalink = Liên kết đến trang này
stats-sdmx-query = Cùng dữ liệu cho phần mềm thống kê (SDMX)
stats-country-profile = Hồ sơ quốc gia
stats-total = Tổng
stats-explore-more = Xem tất cả số liệu
stats-template-title = Bảng hỏi
stats-template-intro = Tải bảng hỏi Excel cho một bảng và một năm, điền vào, rồi gửi lại bằng biểu mẫu ở trên.
stats-template-download = Tải bảng hỏi (Excel)
stats-country-code = Quốc gia (mã hai chữ, như KH)
stats-error-country = Hãy nhập mã hai chữ của quốc gia mà số liệu thuộc về, như KH hoặc TH.
