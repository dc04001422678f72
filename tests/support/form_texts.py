"""Invented articles whose facts of more than one kind the extraction tables check
(tests/ingest/test_forms_*.py), written once here. Every sentence is invented."""

from __future__ import annotations

# The dates the rounds of reading real reports wrote their articles on.
THIRD, FOURTH, FIFTH = "2026-02", "2025-11", "2024-05"
OUTLETS, CAREER = "2022-09", "2024-06"  # the second round; career notes of the later ones

BARE_PROVINCES = (
    "Ngày 4/2, Cụm thi đua số 3 có 4 tỉnh miền núi gồm Lào Cai, Yên Bái, Hà Giang và "
    "Tuyên Quang tổ chức hội nghị ký kết giao ước thi đua."
)
RISE_LISTED = (
    "Chiều 9/2, Bộ trưởng Bộ Công an trao quyết định thăng cấp bậc hàm cho 3 sĩ quan. Hai "
    "sĩ quan lên Thiếu tướng gồm ông Mạc Văn Tiến (52 tuổi), Giám đốc Công an tỉnh Hòa "
    "Bình; ông La Đức Hậu, Cục trưởng Cục Đối ngoại. Đại tá Âu Minh Quý, Phó Cục trưởng Cục "
    "Quản lý xuất nhập cảnh được phong hàm Thiếu tướng."
)
FOLDS_LIKE_A_BODY = "Ngày 11/2, Đại tá Lò Đức Chinh phụ trách Công an tỉnh Sơn La dự lễ ra quân."
GOVERNMENT_FLAG = "Ngày 23/2, Công an tỉnh Ninh Thuận được tặng Cờ thi đua xuất sắc của Chính phủ."
OFFICE_IN_A_CHAIN = (
    "Chiều 25/2, Thiếu tướng Triệu Văn Lâm, Chánh văn phòng, Người phát ngôn Bộ Công an "
    "chủ trì họp báo."
)
SHARED_HEAD = (
    "Ngày 14/11, Khối thi đua số 2 gồm các Cục: Cảnh sát hình sự, Cảnh sát giao thông và "
    "Cảnh sát kinh tế tổ chức hội nghị."
)
KIND_SAID_AGAIN = (
    "Sáng 20/11, Công an tỉnh Quảng Trị tổ chức lễ trao Kỷ niệm chương Vì sự nghiệp bảo vệ "
    "ANTQ cho 2 đồng chí. Đại tá Lưu Văn Hòe, Giám đốc Công an tỉnh trao Kỷ niệm chương cho "
    "các đồng chí: Đặng Thị Mơ - Phó Chủ tịch UBND tỉnh; Khúc Văn Tư - Chủ tịch Ủy ban MTTQ "
    "tỉnh."
)
YOUTH_BADGE = (
    'Sáng 22/11, Thượng sĩ Lạc Văn Bình được truy tặng Huy hiệu "Tuổi trẻ dũng cảm" của '
    "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh."
)
ASSOCIATION = (
    "Sáng 25/11, Hội Cựu Công an nhân dân tỉnh Nam Định tổ chức Đại hội lần thứ nhất. Đại "
    "tá Tạ Quang Khải, nguyên Phó Giám đốc Công an tỉnh, được bầu làm Chủ tịch Hội."
)
INVESTIGATION_AGENCY = (
    "Ngày 27/11, Đại tá Vũ Thế Hanh, Phó Giám đốc, Thủ trưởng Cơ quan Cảnh sát điều tra "
    "Công an tỉnh Hà Nam cho biết vụ án do Cơ quan Cảnh sát điều tra Công an huyện Kim "
    "Bảng thụ lý."
)
HOLDER_AFTER_A_BODY = (
    "Chiều 3/11, UBND xã Ea Tu tổ chức lễ kỷ niệm. Chủ tịch UBND xã Trịnh Thị Hoa phát "
    "biểu tại buổi lễ."
)
LONGER_DEPARTMENT = (
    "Ngày 6/5, Công an tỉnh Tuyên Quang tiễn các cán bộ nghỉ hưu gồm: Trung tá Lục Văn Dũng, "
    "Trưởng phòng Hồ sơ nghiệp vụ; Thiếu tá Hà Thị Nhung, Phó Trưởng phòng Hồ sơ."
)
MANDATED_GIVER = (
    "Chiều 14/5, thượng tướng Giáp Văn Tiến, Thứ trưởng Bộ Công an, thừa ủy quyền của Chủ "
    "tịch nước Lưu Đình Khải trao quyết định thăng cấp bậc hàm thiếu tướng cho đại tá Ninh "
    "Quốc Hào, Giám đốc Công an tỉnh Lào Cai."
)
TEAM_BEFORE_DEPARTMENT = (
    "Ngày 10/5, Công an tỉnh Hà Nam khen thưởng Thiếu tá Lò Thị Vân, Đội trưởng Đội Quản lý "
    "con dấu, Phòng Cảnh sát quản lý hành chính về trật tự xã hội và Đại úy Tòng Văn Hải, "
    "Phó Đội trưởng Đội Tổng hợp, Phòng Tham mưu."
)
BEFORE_MINISTRY_UNITS = (
    "Ngày 30/5, Bộ trưởng tặng Bằng khen cho Phòng Kiểm định phương tiện, thiết bị, Cục "
    "Cảnh sát giao thông và Tiểu đoàn Cảnh sát đặc nhiệm số 5, Bộ Tư lệnh Cảnh sát cơ động."
)
COMMAS_AND_ABBREVIATIONS = (
    "Ngày 8/9, Thiếu tướng Mạc Văn Hùng, Phó Cục trưởng Cục Cảnh sát điều tra tội phạm về "
    "tham nhũng, kinh tế, buôn lậu và Đại tá Quàng Văn Lả, Phó Tổng cục trưởng Tổng cục "
    "HC-KT dự Đại hội Hội Cựu CAND Việt Nam."
)
POSTS_BEFORE_NAMES = (
    "Ngày 14/9, tại Hà Nội, Bộ trưởng Bộ Công an Trịnh Quốc Hưng dự lễ cùng PCT UBND tỉnh "
    "Phú Thọ Đỗ Thị Lan và Thượng tá Kha Văn Tùng, Trưởng phòng Tham mưu Công an tỉnh Phú "
    "Thọ."
)
PREDECESSOR_RETIRES = (
    "Chiều 16/9, Bộ Công an tổ chức lễ công bố quyết định điều động, bổ nhiệm Đại tá Cầm "
    "Văn Đông, Phó Giám đốc Công an tỉnh Sơn La giữ chức vụ Giám đốc Công an tỉnh Điện "
    "Biên, thay Đại tá Hà Văn Khải nghỉ hưu theo chế độ."
)
POSTHUMOUS = (
    "Ngày 18/9, Công an tỉnh Phú Yên tổ chức lễ trao Huân chương Bảo vệ Tổ quốc hạng Nhì "
    "cho Đại tá Tôn Thất Bảo; truy tặng Huân chương Bảo vệ Tổ quốc hạng Ba cho Thượng tá Lê "
    "Văn Quế (nguyên Phó Giám đốc)."
)
SHORT_DEPARTMENTS = (
    "Ngày 20/9, ông Kiều Văn Tâm, Phó Bí thư Thành ủy, Phó Chủ tịch UBND TPHCM trao Bằng "
    "khen cho Phòng CSĐT tội phạm về ma túy và Thiếu tá Mẫn Thị Thu, Phó trưởng Phòng "
    "Cảnh sát kinh tế Công an TPHCM."
)
LISTED_AFTER_LA = (
    "Ngày 24/9, Thủ tướng Chính phủ tặng Bằng khen cho 3 cá nhân thuộc Công an tỉnh Quảng "
    "Nam. Các cá nhân được tặng Bằng khen là Thiếu tá Trà Văn Nhi, Đội trưởng, Phòng Cảnh "
    "sát giao thông, Công an tỉnh Quảng Nam; Đại úy Bạch Thị Mơ, Phó Trưởng phòng Hồ sơ và "
    "Trung úy Văn Đức Tín, cán bộ Phòng Tham mưu."
)
ARRESTED = (
    "Sáng 2/10, Công an tỉnh Quảng Ngãi tổ chức hội nghị sơ kết. Tại hội nghị, Đại tá Văn "
    "Hữu Chiến, Giám đốc Công an tỉnh cho biết lực lượng đã bắt giữ Lý Văn Cường, Đào Thị "
    "Mận và Tạ Văn Sĩ; Cơ quan điều tra đã khởi tố Đàm Văn Lợi. Thượng tá Hà Minh Khôi, "
    "người chỉ đạo bắt giữ, phát biểu tại hội nghị."
)
NAMED_BY_LAST_WORD = (
    "Sáng 9/6, Thứ trưởng Bộ Công an trao quyết định thăng cấp bậc hàm Thiếu tướng cho "
    "Đại tá Phùng Quốc Khải, Giám đốc Công an tỉnh Phú Thọ.\n\n"
    "Ông Khải có nhiều năm làm Phó Giám đốc Công an tỉnh Tuyên Quang trước khi về giữ chức "
    "Giám đốc Công an tỉnh Phú Thọ vào năm 2021, thay Đại tá Lý Đình Sơn nghỉ hưu."
)
FAMILY_NAMES = (
    "Sáng 9/9, Công an tỉnh Yên Bái tổ chức hội nghị. Dự có Thượng tá Ông Đình Khải, "
    "Phó Giám đốc Công an tỉnh; ông Đậu Văn Thư, Phó Chủ tịch UBND tỉnh Yên Bái và Trung tá "
    "Chế Thị Lan, Trưởng phòng Cảnh sát giao thông."
)
