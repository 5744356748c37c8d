/**
 * DATA: the words that delimit the fields around a reference (issuing body, title, term),
 * as diacritic-free UPPER-CASE skeletons, so `về`, `VỀ` and `ve` all match `VE`.
 */

/**
 * Verbs that open a trích yếu (title) directly after the symbol: `… 1234/QĐ-UBND phê duyệt …`.
 * Written with tone marks: matching compares the printed words, because the skeleton
 * confuses words (`thị`/`thì`, `đô`/`do`).
 */
export const TITLE_VERBS: readonly string[] = [
  'quy định',
  'hướng dẫn',
  'phê duyệt',
  'ban hành',
  'sửa đổi',
  'bổ sung',
  'công bố',
  'đề nghị',
  'kết luận',
  'đánh giá',
  'phối hợp',
  'triển khai',
  'sắp xếp',
  'thành lập',
  'tăng cường',
  'bãi bỏ',
  'điều chỉnh',
  'kiện toàn',
  'chấn chỉnh',
  'công nhận',
  'phân bổ',
  'chấp thuận',
  // `Nghị quyết số 52/NQ-HĐND tán thành chủ trương sắp xếp đơn vị hành chính …`: what a council
  // endorses, as what it approves.
  'tán thành',
  'thu hồi',
  'bổ nhiệm',
  'khen thưởng',
  'giải thể',
  'phê chuẩn',
  // `Quyết định số 07/QĐ-UBBC … ấn định số đơn vị bầu cử …`: an election body's decision.
  'ấn định',
  // `Nghị quyết số 46/NQ-HĐND đặt tên 35 tuyến đường, phố …`: streets and works named.
  'đặt tên',
  // `Thông tư 10/2023/TT-NHNN ngưng hiệu lực thi hành một số quy định …`: a suspension.
  'ngưng hiệu lực',
  // `Quyết định số 1902/QĐ-UBND đính chính Quyết định số 41/2025/QĐ-UBND …`: an erratum.
  'đính chính',
  // `Nghị quyết số 201/2025/QH15 … của Quốc hội thí điểm một số cơ chế …`: a pilot (86 annotated
  // titles open with it).
  'thí điểm',
];

/**
 * Verbs that open a title only after some types: a plan or a programme `thực hiện` what it
 * carries out (`Kế hoạch số 45-KH/HU thực hiện Quy định 08 …`) or names the checks it plans
 * (`kiểm tra, giám sát năm 2025`), a consolidated text `hợp nhất` what it consolidates, a
 * disciplinary decision `thi hành kỷ luật`. After other types the same verb is the sentence's own.
 */
export const TYPE_TITLE_VERBS: Readonly<Record<string, readonly string[]>> = {
  'Kế hoạch': [
    'thực hiện',
    'kiểm tra',
    'giám sát',
    'tổ chức',
    'tuyên truyền',
    'huấn luyện',
    // `Kế hoạch số 110/KH-UBND hưởng ứng Ngày Môi trường thế giới …`.
    'hưởng ứng',
    // `Kế hoạch số 212/KH-UBND chuyển đổi cơ cấu cây trồng …`, `… chuyển đổi số năm 2025`.
    'chuyển đổi',
    // `Kế hoạch số 36/KH-UBND phát động phong trào thi đua …`: the movement a plan launches.
    'phát động',
    // A Party committee's plan: `Kế hoạch số 45-KH/ĐU lãnh đạo bảo đảm an ninh trật tự …`.
    'lãnh đạo',
    // `Kế hoạch số 15-KH/ĐĐ … tổng kết 20 năm thực hiện chỉ thị …`: the review a plan organises.
    'tổng kết',
    'sơ kết',
    // `Kế hoạch số 102/KH-UBND … tuyển dụng công chức cấp tỉnh …`: a recruitment plan.
    'tuyển dụng',
    // `Kế hoạch số 62/KH-UBND ứng phó sự cố bức xạ và hạt nhân …`: what a contingency plan meets.
    'ứng phó',
    // `Kế hoạch số 112/KH-UBND … phát triển vùng trồng dược liệu …`: what a plan develops, as a
    // project's (`Đề án … phát triển …`).
    'phát triển',
    // `Kế hoạch số 214/KH-UBND … rà soát, thống kê trẻ em có hoàn cảnh đặc biệt …`: a survey plan.
    'rà soát',
    // `Kế hoạch số 2145/KH-UBND … hỗ trợ doanh nghiệp … mở rộng đầu tư ra nước ngoài …`.
    'hỗ trợ',
    // `Kế hoạch số 87/KH-UBND … phòng, chống dịch bệnh truyền nhiễm năm 2025`: what a plan prevents.
    'phòng, chống',
    // `Kế hoạch số 58/KH-UBND ra quân xử lý tình trạng bán vé số dạo …`: the campaign a plan sends
    // out.
    'ra quân',
    // What else a plan sets out to do, each read as a plan's title by the one or two annotators
    // who wrote it and never as the sentence's verb after a plan's symbol: `Kế hoạch số 120-KH/BDVTU
    // khảo sát tình hình …`, `… mở đợt cao điểm tấn công tội phạm …`, `… bảo tồn và phát triển giống
    // lợn đen …`, `… nạo vét kênh mương vụ đông xuân …`, `… cụ thể hóa Nghị quyết …`, `… kiểm soát ô
    // nhiễm cơ sở giặt là`.
    'khảo sát',
    'kiểm soát',
    'mở đợt',
    'bảo tồn',
    'bảo vệ',
    'xử lý',
    'nạo vét',
    'huy động',
    'phân công',
    'cụ thể hóa',
    'cụ thể hoá',
  ],
  'Chương trình': ['thực hiện', 'kiểm tra', 'giám sát', 'phát triển'],
  // `Hướng dẫn số 47-HD/BTGTU định hướng tuyên truyền về …`: what a propaganda commission's guide
  // steers, as its letter's (`Công văn`).
  // `Hướng dẫn số 03-HD/UBKTĐU kiểm tra đảng viên …`: what an inspection commission's guide checks.
  'Hướng dẫn': ['thực hiện', 'thi hành', 'tuyên truyền', 'tổ chức', 'định hướng', 'kiểm tra'],
  // `Đề án số 02/ĐA-UBND thí điểm cho thuê một phần vỉa hè …`: what a scheme pilots; `Đề án số
  // 03/ĐA-UBND xã hội hóa đầu tư …`: what it opens to private money; `Đề án số 06-ĐA/TU bảo tồn
  // lễ hội …`: what it preserves (every annotated scheme followed by its verb reads it as the title).
  'Đề án': ['thực hiện', 'phát triển', 'thí điểm', 'xã hội hóa', 'xã hội hoá', 'bảo tồn'],
  // `Phương án số 03/PA-BCH … ứng phó với tình huống xả lũ khẩn cấp …`: what a contingency plan meets.
  // `Phương án số 18/PA-CAH bảo đảm an ninh, trật tự Lễ hội …`: what a security plan ensures.
  // `Phương án số 07/PA-UBND di dời, sắp xếp dân cư vùng sạt lở …`: whom a plan moves.
  // `Phương án số 03/PA-UBND bố trí điểm kinh doanh có thời gian …`: what a plan arranges.
  // `Phương án số 09/PA-UBND phân luồng phương tiện chở nông sản …`: the traffic a plan routes.
  // `Phương án số 03/PA-UBND tổ chức, sắp xếp lại các điểm đón …`, `… sơ tán dân …`, `… hỗ trợ …`,
  // `… chữa cháy và cứu nạn …`: what a scheme organises (every annotated scheme followed by a verb
  // reads it as the title).
  'Phương án': [
    'ứng phó',
    'bảo đảm',
    'di dời',
    'bố trí',
    'phân luồng',
    'tổ chức',
    'sơ tán',
    'hỗ trợ',
    'chữa cháy',
    // `Phương án số 02/PA-UBND … phòng, chống cháy lũy tre mùa khô …`: what a scheme prevents.
    'phòng, chống',
  ],
  // `Quy chế số 02/QC-UBND quản lý, sử dụng tài sản công`: what the rules govern.
  'Quy chế': ['làm việc', 'quản lý'],
  // `Nghị quyết số 23/NQ-HĐND … thông qua danh mục …`: a council's resolution that adopts a list.
  // `Nghị quyết số 07/NQ-HĐND … quyết định chủ trương đầu tư …`, `… quyết định bảng giá đất …`: what a
  // council decides.
  // `Nghị quyết số 05/NQ-HĐND xác nhận kết quả bầu cử …`: a council's confirmation of a vote.
  'Nghị quyết': ['lãnh đạo', 'thông qua', 'quyết định', 'xác nhận'],
  // `Quy định số 30-QĐ/TW … (khóa XII) thi hành Chương VII, Chương VIII Điều lệ Đảng …`: the Party
  // Statute a regulation implements (every annotated `Quy định … thi hành …` reads it as the title).
  'Quy định': ['thi hành'],
  'Quyết định': [
    'thi hành kỷ luật',
    // `Quyết định số 45/QĐ-THPTNT kỷ luật em N.V.A. bằng hình thức khiển trách …`: a sanction.
    'kỷ luật',
    // `Quyết định số 1475-QĐ/TW … khai trừ ra khỏi Đảng đối với …`: the gravest discipline.
    'khai trừ',
    // `Quyết định số 1872/QĐ-TTg … xếp hạng 5 di tích quốc gia đặc biệt`: a relic's ranking.
    'xếp hạng',
    // `Quyết định số 1546-QĐ/TU … chỉ định Đảng đoàn HĐND tỉnh …`, `… chỉ định Trung tâm … là tổ chức
    // chứng nhận …`: whom a decision appoints or designates (every annotated full mention so
    // followed reads it as the title).
    'chỉ định',
    'điều động',
    'luân chuyển',
    // `Quyết định số 512/QĐ-SNNMT điều chuyển 03 xe ô tô …`, `… bàn giao toàn bộ trụ sở …`: assets
    // and staff moved after a reorganisation.
    'điều chuyển',
    'bàn giao',
    // `Quyết định số 1452/QĐ-UBND … tạm đình chỉ hoạt động đối với quán karaoke …`: a suspension.
    'tạm đình chỉ',
    'đình chỉ',
    // `Quyết định số: 87/QĐ-TGTVPT tạm giữ xe ô tô tải … trong thời hạn 07 ngày`: vehicles or goods
    // held while a violation is dealt with, the administrative sanctions law's own decision.
    'tạm giữ',
    // `Quyết định số 1215/QĐ-SLĐTBXH … hủy bỏ Quyết định số 1033/QĐ-SLĐTBXH …`: one decision
    // undoing another; `… hủy kết quả trúng đấu giá …`, an auction's result cancelled.
    'hủy bỏ',
    'hủy',
    // `Quyết định số 1025/QĐ-TTg … hỗ trợ 300 tỷ đồng từ nguồn dự phòng …`: a grant decided.
    'hỗ trợ',
    // `Quyết định số 598/QĐ-TTg nâng cấp cửa khẩu Chi Ma thành cửa khẩu quốc tế …`: a border gate
    // raised a rank.
    'nâng cấp',
    // The President's nationality decisions (`Quyết định số 1129/QĐ-CTN cho trở lại quốc tịch
    // Việt Nam đối với 7 công dân …`).
    'cho nhập quốc tịch',
    'cho thôi quốc tịch',
    'cho trở lại quốc tịch',
    'chuẩn y',
    'giao',
    'thanh tra',
    // `Quyết định số 97-QĐ/UBKTHU kiểm tra khi có dấu hiệu vi phạm đối với Chi bộ …`: what an
    // inspection committee's decision inspects (2 of 2 annotated decisions so followed).
    'kiểm tra',
    // `Quyết định số 1893/QĐ-XPHC … xử phạt Công ty …`: a sanction decision.
    'xử phạt',
    // Awards and heritage: `… tặng Bằng khen cho …`, `… tặng thưởng Huân chương …`, `… ghi danh
    // “Lễ hội …” vào Danh mục di sản …`.
    'tặng thưởng',
    'tặng',
    // `… truy tặng danh hiệu vinh dự nhà nước “Bà mẹ Việt Nam anh hùng” …`, `… truy tặng Huân
    // chương …`: an award made after death.
    'truy tặng',
    // `… phong tặng danh hiệu “Nghệ nhân nhân dân” cho 9 nghệ nhân …`: a title conferred.
    'phong tặng',
    'ghi danh',
    // `… đưa Lễ hội Lồng Tồng … vào Danh mục di sản văn hóa phi vật thể quốc gia`, `… đưa cổ phiếu
    // KPL vào diện bị kiểm soát`: what a decision enters on a list (5 of the 7 annotated decisions
    // followed by `đưa` read it as the title).
    'đưa',
    // Permits and certificates: `… cấp giấy phép môi trường cho dự án …`, `… cấp phép khai thác …`.
    'cấp giấy',
    'cấp phép',
    // `Quyết định số 15/QĐ-ATLĐ cấp Chứng chỉ kiểm định viên cho 12 cá nhân …`: a certificate granted.
    'cấp chứng chỉ',
    'cấp chứng nhận',
    // `… cấp quyền sử dụng chỉ dẫn địa lý “Lục Ngạn” …`, `… cấp văn bằng bảo hộ …`: rights granted.
    'cấp quyền',
    'cấp văn bằng',
    // `Quyết định số 2875/QĐ-UBND … ủy quyền cho Sở Ngoại vụ …`: a power delegated.
    'ủy quyền',
    'uỷ quyền',
    // `Quyết định số 2150/QĐ-UBND … giải quyết khiếu nại lần đầu đối với bà …`: a complaint decided.
    'giải quyết khiếu nại',
    // `Quyết định số 2316/QĐ-UBND … cho phép thành lập Văn phòng công chứng …`: what a decision
    // permits is its name (after a law, `cho phép …` is what the sentence reports it allows).
    'cho phép',
    // `Quyết định số 745/QĐ-UBND áp dụng biện pháp cưỡng chế buộc tháo dỡ …`: an enforcement.
    'áp dụng biện pháp',
    // `Quyết định số 1058/QĐ-TTg xuất cấp 2.000 tấn gạo cho tỉnh …`: national reserves released.
    'xuất cấp',
    // `Quyết định số 1127/QĐ-UBND … trích ngân sách dự phòng tỉnh 3,65 tỷ đồng …`: funds drawn.
    'trích',
  ],
  // `Tờ trình số 318/TTr-SVHTTDL … đề xuất điều chỉnh giá vé …`: what a submission proposes, as
  // `đề nghị` (what it asks).
  // `Tờ trình số 85-TTr/BCSĐ xin ý kiến Ban Thường vụ Tỉnh ủy về …`: what a submission asks for.
  // `Tờ trình số 412/TTr-SCT … trình UBND tỉnh phê duyệt phương án …`: what it asks the body it goes
  // to to approve, adopt or issue (8 of 9 annotated); only with such a verb after that body
  // (`TITLE_SUBMITTED_FOR`), else the sentence's (`… trình UBND tỉnh trước ngày 30/11`).
  'Tờ trình': ['đề xuất', 'xin ý kiến', 'trình'],
  // `Chỉ thị số 14-CT/HU chỉ đạo các xã khóa sổ …`: what a directive directs, as a dispatch's;
  // `Kết luận số 245-KL/TU … chỉ đạo tăng cường kiểm tra …`: what a committee's conclusion directs;
  // `Kết luận số 38-KL/BCSĐ thống nhất chủ trương hỗ trợ …`: what it agrees on, the wording of a
  // Party committee's conclusions.
  'Chỉ thị': ['chỉ đạo'],
  'Kết luận': ['chỉ đạo', 'thống nhất'],
  'Văn bản hợp nhất': ['hợp nhất'],
  // `Báo cáo số 126/BC-BCH … kết quả huấn luyện quân nhân dự bị năm 2024`: the results a report
  // gives (2 of 2 annotated).
  'Báo cáo': ['thẩm tra', 'tổng kết', 'sơ kết', 'kiểm điểm', 'tổng hợp', 'kết quả'],
  'Công điện': ['yêu cầu', 'đôn đốc', 'chỉ đạo'],
  // `Công văn số 3417/UBND-NC … chỉ đạo các sở, ngành rà soát …`: what a letter asks of whom.
  // `… thông báo kết quả giải đáp …`: what a letter announces.
  // `Công văn số 01/2017/GĐ-TANDTC … giải đáp một số vấn đề nghiệp vụ`: the Supreme Court's
  // answers to the courts' questions.
  // `Công văn số 512-CV/BTGTU định hướng tuyên truyền …`: what a propaganda commission's letter
  // steers.
  // `Công văn số 5210/BXD-QLN … phúc đáp kiến nghị của tỉnh …`: what a letter answers.
  // `Công văn số 1835-CV/TU … đồng ý chủ trương tổ chức …`: a committee's letter of assent, as its
  // notice's.
  'Công văn': [
    'chỉ đạo',
    'đôn đốc',
    'nhắc',
    'thông báo',
    'giải đáp',
    'định hướng',
    'phúc đáp',
    'đồng ý',
    // `Huyện ủy vừa có Công văn 302-CV/HU vận động đảng viên ủng hộ …`: what a letter calls on people
    // to do (4 of 4 annotated letters so followed).
    'vận động',
  ],
  // `Thông báo số 1120-TB/TU … đồng ý chủ trương …`: a Standing Committee's notice of assent.
  // `Thông báo số 45/TB-CATTT cảnh báo thủ đoạn giả danh …`: a notice that warns.
  // `Thông báo kết luận số 245-TB/HU … chỉ đạo xử lý dứt điểm …`: what a committee's conclusions direct.
  // `Thông báo số 215/TB-BQLKKTCK tạm dừng tiếp nhận xe …`: a notice that suspends.
  // `Thông báo số 12-TB/TU phân công nhiệm vụ các đồng chí Ủy viên Ban Thường vụ`: a committee's
  // division of its members' tasks.
  // `Thông báo số 156/TB-UBND … truyền đạt ý kiến kết luận của Phó Chủ tịch …`: the conclusions a
  // notice conveys are its subject (5 of 7 annotations of a notice; a letter's stay the sentence's).
  // `Thông báo số 402/TB-CAT-PC02 truy tìm đối tượng …`: the police's notice of a wanted person.
  // `Thông báo số 142/TB-KDĐV dừng tiếp nhận hồ sơ …`: a notice that stops, as one that suspends.
  'Thông báo': [
    'đồng ý',
    'cảnh báo',
    'chỉ đạo',
    'tạm dừng',
    'dừng',
    'phân công',
    'truyền đạt',
    'truy tìm',
  ],
};

/**
 * Title verbs that after some types report the sentence rather than name the document: the
 * President's `Lệnh … công bố Luật …` (5 of its 7 annotated texts leave it untitled).
 */
export const TYPE_NON_TITLE_VERBS: Readonly<Record<string, readonly string[]>> = {
  Lệnh: ['công bố'],
};

/**
 * Words that open the sentence's next clause right after a `,` or `;` inside what reads as a
 * title (`…, trong đó tập trung …`, `…; sau đó Ban Cán sự đảng …`, `…, thay thế Quyết định …`):
 * the title ends before them. Printed, lower case.
 */
export const CLAUSE_OPENERS: readonly string[] = [
  // `…, ngoài ra người vi phạm còn buộc phải trồng lại cây …`: besides, the sentence's next
  // clause; `…, trong khi quy mô dân số …`: whereas (1 of 1 annotated title ends there); `…, với
  // nhiều nội dung mới mà doanh nghiệp cần lưu ý`: what the sentence says of the document.
  'ngoài ra',
  'trong khi',
  'với nhiều',
  // `…, theo đề nghị tại Công văn số 356/CCTHADS …`: at whose request, the letter's grounds (no
  // annotated title holds it).
  'theo đề nghị',
  // `Thực hiện Quyết định số … về …, hôm nay, vào lúc 14 giờ …`: minutes' opening, the day of the
  // meeting (no annotated title holds it).
  'hôm nay',
  // `…, thậm chí từ trước đó …`: even, the writer's comment; `…, những năm qua Đảng bộ huyện …`:
  // the years the next clause looks back on (no annotated title holds either).
  'thậm chí',
  'những năm qua',
  'nhiều năm qua',
  'trong đó',
  'theo đó',
  'đồng thời',
  'thay thế',
  // `… giải quyết khiếu nại lần hai, hủy bỏ Quyết định số 118/QĐ-UBND …`: what else it decides.
  'hủy bỏ',
  // `… mức lương tối thiểu theo giờ, dẫn đến khiếu nại …`: a consequence, the sentence's news.
  'dẫn đến',
  // `thành lập Tổ công tác đặc biệt, gồm hai mươi lăm thành viên, …`: what the body set up holds.
  'gồm',
  'trên cơ sở',
  'nhưng',
  'tuy nhiên',
  'sau khi',
  'sau đó',
  // `…, căn cứ Thông tư liên tịch số 07/2012/TTLT/BVHTTDL-BTC …`: the grounds the sentence gives,
  // after the title (3 of 3 annotated titles end there).
  'căn cứ',
  // `…, giao chỉ tiêu tiêm chủng đến từng thôn, buôn`: the targets the sentence says were handed
  // out (3 of 3 annotated titles end there).
  'giao chỉ tiêu',
  // `…, giao mỗi chi bộ khu phố theo dõi từng bãi`: the task handed to each unit, the next clause
  // (as `, giao <body>` in capitals is; `thu hồi, giao cho …` stays).
  'giao mỗi',
  'giao từng',
  // `…, kèm theo Hướng dẫn số 76/HD-SXD …`, `…, kèm theo đề cương …`: what the sentence says comes
  // with the document (7 of 7 annotated titles end there).
  'kèm theo',
  // `…; trước đó, Thủ tướng Chính phủ đã có Công điện …`, `…; nhờ đó, tỷ lệ học sinh …`, `…, vì
  // vậy các tin nhắn …`: before that, thanks to or because of it, the next clause (11 of 11
  // annotated titles end there).
  'trước đó',
  // `…, khi mực nước hồ xuống dưới mực nước chết, …`, `…; khi tra cứu, người dân nên …`, `…, nhằm
  // cụ thể hóa Nghị quyết 07 …`: when the next clause holds, and what the sentence's act is for (4
  // of 4 annotated titles end before each).
  'khi',
  'nhằm',
  'nhờ đó',
  'nhờ vậy',
  // `…, qua đó phát hiện 112 vụ vi phạm`: what the document's work brought to light (2 of 2
  // annotated titles end there); `…, tạo điều kiện để Công đoàn tỉnh đề xuất …`, `…, tạo cơ sở để
  // duy trì 612 mã số …`: what it makes possible (3 of 3).
  'qua đó',
  // `…, đồng chí Bí thư Tỉnh ủy đề nghị …`: the person who speaks of the document, the next
  // clause's subject (no annotated title holds `, đồng chí`; 3 end there).
  'đồng chí',
  // `…, cho rằng sân trường có thể mở cho cộng đồng`: what someone holds, the next clause.
  'cho rằng',
  // `…, nên nay việc cải tạo … phải …`: what follows from the document (4 of 4 annotated titles end
  // at `, nên`).
  'nên',
  'tạo điều kiện',
  'tạo cơ sở',
  'vì vậy',
  // `…, vì nhiều nội dung của Quyết định 35 không còn phù hợp …`: why, the next clause (as `, do
  // …`; no annotated title holds `, vì` outside a slogan's quotes, 5 end there).
  'vì',
  'do đó',
  'gắn với',
  'làm cơ sở',
  // `…, làm căn cứ ưu tiên bố trí ngân sách …`: what the document serves for.
  'làm căn cứ',
  'kể từ',
  // `…, từ ngày 01/7/2022 toàn bộ doanh nghiệp …`: the main clause's own time.
  'từ ngày',
  // `… về tôn giáo, không tham gia tà đạo …`: a negated verb, the next clause.
  'không',
  // `…, đến nay tỉnh có 1.826 tàu cá`: the time of the sentence's own news.
  'đến nay',
  'hiện nay',
  // `…, hiện lưu giữ 37 hiện vật …`, `…, hiện có 12 hộ …`: what is so now, the next clause.
  'hiện có',
  'hiện còn',
  'hiện lưu giữ',
  // `… khu neo đậu cho tàu cá, có sức chứa 500 tàu`: what the project measures, the news after it.
  // `…, với mục tiêu đến hết năm 2024 hoàn thành …`: the aim the sentence gives (no annotated
  // title holds `, với mục tiêu`; 16 end there).
  'với mục tiêu',
  'có sức chứa',
  'có quy mô',
  'có công suất',
  'có tổng mức đầu tư',
  'có tổng diện tích',
  'đặt mục tiêu',
  // `…, tập trung vào 9 bãi bị người dân phản ánh nhiều lần`: where the work is aimed, the
  // sentence's news (no annotated title holds `, tập trung vào`; 5 end there).
  'tập trung vào',
  'phấn đấu',
  'xin liên hệ',
  'hạn nộp',
  'mức phạt',
  'giữ nguyên',
  // `…, áp dụng phương pháp so sánh cho 14 khu đất`, `…, áp dụng từ ngày …`: how the
  // sentence applies the document, never a title's last item.
  'áp dụng',
  // `…, nâng tổng số di tích quốc gia đặc biệt lên 134`: what the document brings the count to.
  'nâng tổng số',
  // `…, nâng mức hỗ trợ từ 70% lên 100%`, `…, nâng mục tiêu tỷ trọng …`: what the document raises
  // (`nâng cao`, `nâng cấp` stay in titles: a policy's aims, a works' upgrade).
  'nâng mức',
  'nâng mục tiêu',
  // `…, mở đường cho việc giao dịch tín chỉ các-bon …`: what the document opens the way to (2 of 2).
  'mở đường',
  // `…, do Phó Chủ tịch UBND huyện làm Trưởng ban`, `…, do vi phạm nghiêm trọng …`: who leads
  // what the document set up, or why; never a title's words after its comma (10 of 10 annotated).
  'do',
  // `…, số người tham gia BHXH tự nguyện tăng gần 4 lần`, `…, số vụ cháy giảm 34%`: a count, the
  // next clause's subject (`tỷ lệ` stays: `các giới hạn, tỷ lệ bảo đảm an toàn` names one list).
  'số người',
  'số vụ',
  'số ca',
  'số hộ',
  // `…, số hợp tác xã trồng dưa lưới … tăng từ 14 lên 31`, `…, số xã không ma túy … tăng …`: the
  // same counts of units (no annotated title holds one after its comma, 4 end there).
  'số hợp tác xã',
  'số doanh nghiệp',
  'số thôn',
  'số xã',
  // `…, lượng khách đến tỉnh tăng gấp đôi`, `…, lượng hàng thông quan …`: an amount, the next
  // clause's subject (no annotated title holds `, lượng`; 5 end there).
  'lượng',
  // `… tại Trường Tiểu học Phú Lâm, nơi 127 học sinh phải nhập viện …`: where, a relative clause
  // on the place the title ends with.
  'nơi',
  // `… gian lận thương mại, toàn tỉnh phát hiện, xử lý 4.312 vụ`: the whole province or country,
  // the next clause's subject.
  'toàn tỉnh',
  'toàn huyện',
  'toàn xã',
  'toàn thành phố',
  'toàn quốc',
  'cả nước',
  'cả tỉnh',
  // `…, mỗi huyện chọn ít nhất 02 tuyến đường …`: each of them, the next clause's subject.
  'mỗi',
  // `… kinh doanh vàng, chính thức xóa bỏ cơ chế độc quyền …`: what the document did, officially
  // (5 of 5 annotated).
  'chính thức',
  // `…, đoàn kiểm tra yêu cầu 5 cửa hàng …`, `…, tổ công tác đã lập biên bản …`: the team that acts
  // on the document, the next clause's subject (no annotated title holds one after its comma, 17
  // end there).
  'đoàn kiểm tra',
  'đoàn thanh tra',
  'đoàn công tác',
  'tổ công tác',
  // `… xử phạt vi phạm hành chính trong lĩnh vực thủy sản, hành vi sử dụng xung điện … bị phạt …`:
  // the act the sentence names, the next clause's subject (no annotated title holds `, hành vi`, 7
  // end there).
  'hành vi',
  // `…, cụ thể hóa Chỉ thị số 05-CT/TW …`, `…, thể chế hóa Nghị quyết 68 …`: what the document gives
  // effect to, said after its title (no annotated title holds one after a comma, 5 end there).
  'cụ thể hóa',
  'cụ thể hoá',
  'thể chế hóa',
  'thể chế hoá',
  // `…, em da chuyen qua zalo roi nha`, `…, em in ra 5 ban giup anh nhe`: a chat's writer speaking
  // of herself, the next clause (no annotated title holds `, em`; 3 end there).
  'em',
  // `…, song đến nay mới có 12/21 xã …`, `…, song do số người bị tạm giữ tăng …`: but, the next
  // clause (no annotated title holds `, song`; 4 end there).
  'song',
  // `… về kinh tế biển, coi bảo vệ nguồn lợi … là nhiệm vụ thường xuyên`, `…, bám sát tinh thần
  // Chỉ thị 08 …`: how the sentence's subject regards or follows the document, the next clause
  // (no annotated title holds `, coi` or `, bám sát`; 8 end there).
  'coi',
  'bám sát',
];

/**
 * The comma's clause openers read in a title typed without any marks too (`…, kem theo …`, `…,
 * doan kiem tra …`, `…, de nghi …`): those whose spelling without marks is no other word's. Not
 * `khi`, `nên`, `do`, `mỗi`, `gồm` …: `moi` is also `mới`, `do` a title's own. Each is a
 * `CLAUSE_OPENERS` or `AGENCY_VERBS` entry, or the deadline's `hạn báo cáo` (5 of 5 annotated
 * unmarked titles end there).
 */
export const UNMARKED_CLAUSE_OPENERS: readonly string[] = [
  'đề nghị',
  'yêu cầu',
  'kèm theo',
  'giao chỉ tiêu',
  'trong đó',
  'theo đó',
  'đồng thời',
  'đến nay',
  'đoàn kiểm tra',
  'đoàn thanh tra',
  'đoàn công tác',
  'tổ công tác',
  'hạn báo cáo',
  'hạn nộp',
  // `…, gan voi chong tieu cuc …`: what the work is tied to, as `, gắn với` is (no annotated title
  // typed without marks holds it after a comma).
  'gắn với',
];

/** Verbs that open the next clause after a `,` only when an agency follows (`, giao Sở Tư pháp …`); `, giao đất, cho thuê đất` stays in the title. */
export const AGENCY_VERBS: readonly string[] = ['giao', 'trình', 'đề nghị', 'yêu cầu', 'kiến nghị'];

/** More clause openers after a `;`, which a title rarely crosses (`…; đồng chí Bí thư …`, `…; theo Nghị quyết 08, …`). */
export const SEMICOLON_OPENERS: readonly string[] = [
  // `…; ai có góp ý thì …`, `…; ai biết thông tin …`: whoever, the next clause's subject (no
  // annotated title holds it, 2 end there).
  'ai',
  // `…; thời gian tạm dừng từ ngày 10/6 …`, `…; thời hạn vay tối đa 120 tháng`: when or how long,
  // the next clause (13 of 13 annotated).
  'thời gian',
  'thời hạn',
  'sau',
  // (`đồng chí`, a person as the next clause's subject, is the comma's opener too.)
  'theo',
  'trong',
  'ngày',
  'định kỳ',
  'qua',
  'đến',
  'từ',
  'tiếp đó',
  // `…; cùng ngày, UBND huyện ban hành Quyết định …`: the same day, the next clause (11 of 11
  // annotated titles end there).
  'cùng ngày',
  // (`ngoài ra` is a comma's opener, and so read after a `;` too.)
  // `…; mọi thông tin xin liên hệ …`: every one of them, the next clause's subject (`mỗi`, each,
  // is a comma's opener too).
  'mọi',
  // `…; người dân liên hệ bộ phận một cửa …`, `…; người đứng đầu cơ quan … phải giải trình`, `…;
  // người mua nghi ngờ bị cân thiếu …`: a person as the next clause's subject (no annotated title
  // holds `; người`, 7 end there).
  'người',
  // `…; đảng viên Nguyễn Thị Thoa, 68 tuổi, nhận kèm cặp …`, `…; đảng viên có người thân qua đời
  // phải …`: a member as the next clause's subject (no annotated title holds `; đảng viên`, 2 end
  // there).
  'đảng viên',
  // `…; hộ dân đăng ký với UBND xã …`, `…; hộ vi phạm sẽ bị xử lý …`: a household, the next
  // clause's subject (no annotated title holds `; hộ`, 3 end there).
  'hộ',
  // `…; tại lễ hội đền Trần, đoàn kiểm tra …`: where the next clause happens.
  'tại',
  // `…; phân công mỗi chi bộ ấp phụ trách …`: the tasks handed out next, as `; giao …`, `; yêu cầu
  // …` and `; đề nghị …` are (63 of the 64 annotated titles end before one of them).
  'phân công',
  // `…; tổng khối lượng đắp đê bao khoảng 3,2 triệu m³`, `…; tổng số tiền bồi thường là …`: a total,
  // the news after the title (no annotated title holds `; tổng`, 24 end there).
  'tổng',
  // `…; dịp này, xã ra mắt Tổ tự quản …`: on that occasion, the next clause's time.
  'dịp này',
  'nhân dịp này',
  // `…; mức hỗ trợ là 150.000 đồng/học sinh`, `…; kinh phí dự kiến 4,2 tỷ đồng`: the rate or the
  // funds the document sets, the next clause's subject (no annotated title holds `; mức` or `;
  // kinh phí`, 27 and 7 end there).
  'mức',
  'kinh phí',
  // `…; kết quả báo cáo về Phòng Tài nguyên và Môi trường trước ngày …`: the results asked for, the
  // next clause (no annotated title holds `; kết quả`, 22 end there).
  'kết quả',
  // `…; nguồn kinh phí lồng ghép từ Chương trình …`, `…; nguồn thu từ cho thuê sân …`: where the
  // money comes from, the same (no annotated title holds `; nguồn`, 3 end there).
  'nguồn',
  // `…; xét đề nghị của Trưởng phòng …`: a preamble's next ground.
  'xét đề nghị',
  // `…; đề nghị bà con gia cố nhà cửa …`, `…; yêu cầu …`: what the writer asks, of anyone.
  'đề nghị',
  'yêu cầu',
  // `…; nay Quy định này thay thế …`: now, as against then.
  'nay',
  // `…; trường hợp vi phạm sẽ bị xử phạt …`, `…; trường hợp thành lập doanh nghiệp thì …`: the
  // case the next clause provides for (no annotated title holds `; trường hợp`, 5 end there).
  'trường hợp',
  // `…; các chi bộ đưa Quy định 144 vào sinh hoạt …`: the next clause's plural subject.
  'các',
  'riêng',
  // `…; việc thực hiện lộ trình …`: the next clause's subject, an action named as a noun.
  'việc',
  // `…; mục tiêu đạt tỷ lệ tiêm trên 95% …`: the goal, the next clause's subject.
  'mục tiêu',
  // `…; hồ sơ kèm theo gồm …`: the file, the same (no annotated title holds `; hồ sơ`, 10 end
  // there); `…; đại hội biểu quyết …`: the congress that votes.
  'hồ sơ',
  'đại hội',
  // `…; thống nhất lịch lấy nước luân phiên …`: what the meeting agreed, minutes' next item.
  'thống nhất',
  // `…; phần lớn nội dung liên quan đến giá bồi thường …`: most of them, the same.
  'phần lớn',
];

/**
 * Words that end an issuing body and go on with the document's own fields: its title, date and
 * term (`… của Bộ Chính trị, Ban Bí thư về …`, `… ngày …`, `… khóa XIII`).
 */
export const DOCUMENT_FIELD_WORDS: readonly string[] = [
  'về',
  've',
  'về việc',
  'v/v',
  'ngày',
  'ngay',
  'cùng ngày',
  'khóa',
  'khoá',
  'khoa',
];

/** Words that end an issuing body after `của` (printed form, lower-cased; ASCII forms for unaccented text). */
export const BODY_STOP_WORDS: readonly string[] = [
  ...DOCUMENT_FIELD_WORDS,
  // `… Kết luận 36 của Bộ Chính trị ở nhiều địa phương còn chậm`: where it is carried out, not
  // the body's name (which may hold `ở`: `người Việt Nam ở nước ngoài`).
  'ở nhiều',
  'ở các',
  // `… của Chủ tịch Hội đồng Bộ trưởng cùng nhiều văn bản …`: what else the sentence names (`Sở … cùng
  // Hội Nông dân tỉnh` stays one joint body).
  'cùng nhiều',
  // `… các Nghị định số 104/2016/NĐ-CP, … của Chính phủ cùng các hướng dẫn chuyên môn …`: the same.
  'cùng các',
  // `… theo Nghị định số 14/2021/NĐ-CP của Chính phủ các trường hợp buôn bán …`: the object of the
  // sentence's verb, moved after its adjunct (a name holds `các` before its units only: `các cơ
  // quan`, `các khu công nghiệp`, `các xã`).
  'các trường hợp',
  'các đối tượng',
  'các hành vi',
  'các hộ',
  'các nội dung',
  // `… quyết định số 35/2024/QĐ–UBND của tỉnh ghi 20% giá khởi điểm`: what the document reads,
  // the sentence's verb.
  'ghi',
  // `Nghị quyết 17 của HĐND tỉnh hỗ trợ chuyển đổi nghề …`: what the document grants, the
  // sentence's verb (a name holds it after its comma only: `Hội đồng bồi thường, hỗ trợ và tái
  // định cư`).
  'hỗ trợ',
  // `… của Chính phủ lần đầu quy định …`: for the first time, the clause's adverb.
  'lần đầu',
  'ở một',
  'ở hầu',
  'ở mọi',
  // `… theo Nghị định 178/2024/NĐ-CP của Chính phủ họp xét hồ sơ …`: a council meets, a verb.
  'họp',
  // `… theo Quyết định 35 năm 2024 của UBND tỉnh cao hơn khoảng 12% …`: what the document sets,
  // compared (`tối cao` keeps its `cao` in a name).
  'cao hơn',
  'thấp hơn',
  // `Quyết định 1017 của Thủ tướng Chính phủ mở ra cơ hội …`: what the document opens, a verb.
  'mở ra',
  'đã',
  'được',
  'là',
  'cho',
  'đến',
  'tại',
  'trong',
  'vào',
  'để',
  'với',
  'thì',
  'trước',
  'sau',
  'khi',
  'nhằm',
  'nêu',
  'yêu cầu',
  // `… của Bộ Chính trị nghiêm cấm cán bộ kiểm tra …`: what the document forbids; `… liên quan
  // đến …`: what it bears on; `… của HĐND tỉnh kể từ ngày …`: from when.
  'nghiêm cấm',
  'liên quan',
  'kể từ',
  'do',
  'cũng',
  'gửi',
  'sẽ',
  'vẫn',
  'có hiệu lực',
  'theo',
  'này',

  'còn',
  'đang',
  'vừa',
  'mới',
  'tiếp tục',
  'tới',
  // `… của Chính phủ đều có …`, `… của Bộ Nội vụ chưa …`, `… của Bộ Công an không có …`, `… của
  // UBND tỉnh nhưng …`, `… của Bộ Tài chính thay vì …`: the sentence's words after the name.
  'đều',
  'chưa',
  'không',
  'nhưng',
  'thay vì',
  // `… của Bộ Xây dựng phúc đáp kiến nghị của tỉnh …`: the letter's reply, a verb.
  'phúc đáp',
  // `nghị quyết 68 của bộ chính trị ra cả năm rồi mà …`: issued, and a chat's `mà` (yet); no
  // annotated body holds either word.
  'ra',
  'mà',
  // `… của UBND huyện nộp hồ sơ trước 30/7`: what the reader must hand in, a verb (no annotated body
  // holds it).
  'nộp',
  // `… của Chính phủ tạo điều kiện để người gốc Việt …`: what the document makes possible.
  'tạo điều kiện',
  // `Báo cáo thẩm định số 1021/BC-STP của Sở Tư pháp thống nhất với đề xuất này`: what the body
  // agrees to (a name's `Thống nhất` is a capital's).
  'thống nhất',
  // `… của Chính phủ hoặc bị truy cứu …`, `… của UBND tỉnh hoặc UBND huyện`: the sentence's
  // alternative; no annotated name holds `hoặc` (a joint body's parties are joined by `và`).
  'hoặc',
  // `… nghi quyet so 15/2024/NQ-HDND cua HDND tinh hay quyet dinh 2318 …`: or, as `hoặc` (a chat's
  // word, the same with or without marks).
  'hay',
  // `… cv 1187/SNV-LĐVL của Sở hôm qua nhé`: the day, not a name's word (no annotated body holds
  // it).
  'hôm',
  // `… của UBND huyện rồi nha`: done (1 annotated body ends there, none holds it); `… của Ban Bí
  // thư bên Tỉnh ủy`: over at, a chat's word.
  'rồi',
  'bên',
  // `… của Đoàn thanh tra đúng k`: a chat's question (right?); `… của BTV Tinh uy vao bao cao …`:
  // into, typed without marks (no annotated body holds either).
  'đúng k',
  'đúng ko',
  'đúng không',
  'vào',
  'vao',
  // `… cua UBND huyen truoc thu 6 nhe`: before, a deadline (`trước`), typed without marks.
  'truoc',
  // `… của Hội đồng Bộ trưởng bị nhòe mực …`, `… của Chủ tịch UBND xã bị hủy`: what befell the
  // document, a passive (no annotated body holds it; not typed without marks, `Ban Bi thu`).
  'bị',
  // `… cho huong dan 02 cua UBKT nua a`: a chat's `nữa` (too), with marks or without (no annotated
  // body holds it).
  'nữa',
  'nua',
  // `… nq 14/2024/nq-hđnd của hđnd tỉnh vs tt 44/2022/tt-btc …`: a chat's `vs` for `với` (and),
  // before the next document; no annotated body holds it.
  'vs',
  // `Các Kế hoạch số 51, 52-KH/TU … của Ban Thường vụ Tỉnh ủy cụ thể hóa Nghị quyết số 68-NQ/TW`:
  // what the plans make concrete, the sentence's verb (no annotated body holds it).
  'cụ thể hóa',
  'cụ thể hoá',
  // `QĐ 25/2024/QĐ-UBND của UBND tỉnh cấm shipper đỗ xe …`: what the document forbids, the
  // sentence's verb (no annotated body holds `cấm`).
  'cấm',
  // `… của Chính phủ nên hợp đồng …`, `… của Chính phủ vì lập …`: the sentence's conjunctions.
  'nên',
  'vì',
  // `… của Bộ Chính trị ấy, về …`: a speaker's `that`.
  'ấy',
  'khẳng định',
  'chính thức',
  'gồm',
  'trên',
  'liên tiếp',
  'áp dụng',
  // Verbs and quantifiers that follow a body in running text and are never in its name.
  'hết',
  'truyền đạt',
  'mời',
  'đặt',
  'xác định',
  'thay thế',
  'một số',
  'kiểm điểm',
  'chỉ ra',
  // `… của HĐND tỉnh chỉ hỗ trợ …`, `… của Chính phủ chỉ quy định khung …`: `only`, before the
  // sentence's verb (17 of 17 annotated bodies end before a lower-case `chỉ`; `Bộ Chỉ huy`,
  // `Ban Chỉ đạo` are names).
  'chỉ',
  // `Thông báo số 203-TB/HU … của Ban Thường vụ Huyện ủy đồng ý chủ trương …`: what the notice
  // agrees to, its title.
  'đồng ý',
  // `Các Quyết định số: 1802, 1803, 1804/QĐ-ĐA … của Cục Điện ảnh cấp giấy phép phân loại phim …`:
  // what the decisions grant (`cấp` alone names a level: `UBND cấp xã`).
  'cấp giấy',
  'cấp phép',
  // `… của Thanh tra tỉnh chỉ rõ …`, `… của Kiểm toán nhà nước kiến nghị …`: what an inspection's
  // or an audit's conclusion points out and recommends.
  'chỉ rõ',
  'kiến nghị',
  // `… của Ban Tổ chức Tỉnh ủy đề xuất phương án …`: what an advising body proposes.
  'đề xuất',
  // `… của Thủ tướng Chính phủ xếp hạng 5 di tích …`: what a decision ranks.
  'xếp hạng',
  'ra đời',
  'chỉ định',
  'lần lượt',
  'trình',
  'phải',
  // `… theo Chỉ thị số 05-CT/TW của Bộ Chính trị cần gắn với …`: what the document's work should
  // be, the sentence's modal (both annotated bodies end before it).
  'cần',
  'bằng',
  // `… Chỉ thị 16 của Ban Bí thư diễn ra …`: the sentence's event.
  'diễn ra',
  // `… của HĐND tỉnh Long An dành tổng kinh phí 86 tỷ đồng …`: what the resolutions set aside.
  'dành',
  // `… của Bộ Công Thương qua Cổng thông tin …`: the channel, not the body's name.
  'qua',
  // `Nghị quyết 71 của Bộ Chính trị có nói miễn học phí …`: what a reader asks the document says.
  'có nói',
  'nói',
  // `… của Ngân hàng Nhà nước đạt 84.300 tỷ đồng`: a figure reached.
  'đạt',
  // `… của UBND tỉnh giải quyết khiếu nại …`, `… của Ban Thường vụ Tỉnh ủy chỉ đạo …`: what the
  // document does (a steering committee is `Ban Chỉ đạo`, capitalised).
  'giải quyết',
  'chỉ đạo',
  // `… của Sở Y tế Cần Thơ đình chỉ toàn bộ hoạt động …`, `… xử phạt …`: what a decision does.
  'đình chỉ',
  'tạm đình chỉ',
  'xử phạt',
];

/** Adverbs that open a new clause: a body continued after a comma is undone when one follows. */
export const CLAUSE_ADVERBS: readonly string[] = [
  'còn',
  'đã',
  'cũng',
  'vẫn',
  'sẽ',
  'đang',
  'vừa',
  'mới',
  'tiếp tục',
];

/** First words of an organisation that can issue documents (subject before `ban hành`). */
export const ORGANISATION_HEADS: readonly string[] = [
  // The heads who sign for their body (`Trưởng Công an xã … đã ký`, `Chánh án Tòa án … ký`).
  'Trưởng',
  'Chánh án',
  'Chánh Thanh tra',
  'Hiệu trưởng',
  'Giám đốc',
  // `Thống đốc Ngân hàng Nhà nước đã ký …`, `Tổng Kiểm toán nhà nước đã ký …`, `Tổng Giám đốc BHXH
  // Việt Nam ký …`.
  'Thống đốc',
  'Tổng Giám đốc',
  'Tổng Kiểm toán',
  'Thủ trưởng',
  // Mass organisations (`Tổng Liên đoàn Lao động Việt Nam`, `Hội Nông dân tỉnh`, `Đoàn …`).
  'Tổng Liên đoàn',
  // A city's Youth Union committee (`Thành đoàn Hà Phong ban hành Kế hoạch số 215-KH/TĐTN …`).
  'Thành đoàn',
  'Liên đoàn',
  // Federations (`Liên hiệp các tổ chức hữu nghị tỉnh`, `Liên hiệp các Hội Khoa học và Kỹ thuật`).
  'Liên hiệp',
  // Ministries or departments that issue a joint document together (`Liên Bộ Tài chính – Bộ Tư
  // pháp`, `Liên sở Tài chính - Giao thông vận tải`, `Liên ngành Sở Tài chính - Sở …`), and a
  // school's Young Pioneers (`Liên đội Trường THCS …`).
  'Liên Bộ',
  'Liên Sở',
  'Liên ngành',
  'Liên đội',
  'Công đoàn',
  // Enforcement teams (`Đội Quản lý thị trường số 4`, `Đội Cảnh sát giao thông`).
  'Đội',
  'Hội',
  'Đoàn',
  // Diplomatic missions (`Đại sứ quán Việt Nam tại Hàn Quốc ra Thông báo …`).
  'Đại sứ quán',
  'Tổng Lãnh sự quán',
  'Lãnh sự quán',
  // Justice, police and schools (`Cơ quan Cảnh sát điều tra …`, `Công an tỉnh`, `Trường …`).
  'Cơ quan',
  'Công an',
  'Tòa án',
  'Toà án',
  'Viện kiểm sát',
  'Trường',
  'Bệnh viện',
  'Học viện',
  'Đại học',
  // The State's deconcentrated agencies (`Thuế tỉnh Nam Lĩnh` since the 2025 reorganisation,
  // `Kho bạc Nhà nước khu vực …`, `Kiểm toán nhà nước khu vực …`, `Thanh tra tỉnh`).
  'Thuế',
  // `Thi hành án dân sự tỉnh Hà Phong ban hành Quyết định …`: the enforcement offices' name since
  // 2025, as `Thuế tỉnh`.
  'Thi hành án dân sự',
  'Kho bạc',
  'Kiểm toán',
  'Thanh tra',
  'Cục',
  'Chi cục',
  'Tổng cục',
  'UBND',
  'HĐND',
  // A labour federation (`LĐLĐ tỉnh Phú Xuân ban hành …`), as officials write it.
  'LĐLĐ',
  // Officials' shorthand for a Party committee's organs (`BTV Huyện ủy`, `BCH Đảng bộ xã`, `UBKT
  // Huyện ủy`).
  'BTV',
  'BCH',
  'UBKT',
  // `TT Huyện ủy` (Thường trực, the standing board), `TT Y tế huyện` (Trung tâm, a centre).
  'TT',
  // The shortest shorthand of notes (`UB tỉnh có CĐ số 07/CĐ-UBND`, `ĐU phường ban hành KH …`).
  'UB',
  'ĐU',
  // Social insurance (`BHXH Việt Nam ban hành Công văn số 2890/BHXH-GĐĐT …`, `BHXH tỉnh`).
  'BHXH',
  // Enforcement teams and their commanders (`Đội Kiểm soát chống buôn lậu có Tờ trình …`, `Tổ
  // kiểm soát đã lập Biên bản …`, `Chỉ huy trưởng Bộ đội Biên phòng tỉnh … đã ký …`).
  'Đội',
  'Tổ',
  'Chỉ huy trưởng',
  'Ủy ban',
  'Uỷ ban',
  'Ban',
  'Bộ',
  'Sở',
  'Văn phòng',
  'Tỉnh ủy',
  'Tỉnh uỷ',
  'Thành ủy',
  'Thành uỷ',
  'Huyện ủy',
  'Huyện uỷ',
  'Quận ủy',
  'Quận uỷ',
  'Thị ủy',
  'Thị uỷ',
  'Đảng ủy',
  'Đảng uỷ',
  'Đảng bộ',
  'Đảng đoàn',
  'Chi bộ',
  'Chi ủy',
  'Chi uỷ',
  'Chính phủ',
  'Thủ tướng',
  // A deputy signs for the Government (`Phó Thủ tướng Chính phủ đã ký Quyết định …`); named
  // (`Phó Thủ tướng Trần Hồng Hà đã ký …`) the annotators give no body.
  'Phó Thủ tướng Chính phủ',
  // A committee's deputy chair signs for it as its chair does (`Phó Chủ tịch UBND tỉnh ký Quyết
  // định …`).
  'Phó Chủ tịch',
  'Quốc hội',
  'Hội đồng',
  'Hội nghị',
  'Chủ tịch',
  'Thường trực',
  'Thường vụ',
  'Xã',
  'Phường',
  'Thị trấn',
  'Huyện',
  'Tỉnh',
  'Thành phố',
  'Quận',
  'Thị xã',
  'Phòng',
  'Chi cục',
  'Cục',
  'Tổng cục',
  // A ministry's or the State Bank's department (`Vụ Quản lý ngoại hối đã có Công văn …`).
  'Vụ',
  // A road management zone (`Khu Quản lý đường bộ III có Văn bản …`), not any `khu` (a district,
  // an industrial park).
  'Khu Quản lý',
  // The cooperative alliance (`Liên minh Hợp tác xã tỉnh có Công văn …`).
  'Liên minh',
  // The State post's provincial units (`Bưu điện tỉnh Thượng Giang đã có Công văn …`).
  'Bưu điện',
  'Tòa án',
  'Toà án',
  'Viện',
  'Trường',
  'Công an',
  'Mặt trận',
  'Đoàn',
  'Tỉnh đoàn',
  'Huyện đoàn',
  'Hội',
  'Liên đoàn',
  'Kho bạc',
  'Ngân hàng',
  // `Chi nhánh NHCSXH tỉnh …`, `Chi nhánh Văn phòng đăng ký đất đai …`: a State body's branch.
  'Chi nhánh',
  // `Quỹ Bảo vệ và Phát triển rừng Việt Nam có Công văn …`, `Vườn quốc gia Kon Ka Kinh có Thông
  // báo …`: a State fund and a national park, each with its own seal.
  'Quỹ',
  'Vườn quốc gia',
  'Bảo hiểm',
  'Thanh tra',
  'Kiểm toán',
  'Trung tâm',
  'Đại hội',
  'Trung ương',
  'Bộ trưởng',
  'Giám đốc',
  'Cơ quan',
  'Đài',
  'Báo',
  // The armed forces (`Quân ủy Trung ương`, `Đồn Biên phòng Cửa khẩu …`, `Quân khu 2`).
  'Quân ủy',
  'Quân uỷ',
  'Đồn',
  'Quân khu',
  'Sư đoàn',
  'Lữ đoàn',
  'Trung đoàn',
  'Bộ đội',
  // State enterprises (`Tổng công ty Điện lực miền Bắc có Công văn số …`).
  'Tổng công ty',
  'Công ty',
  'Tập đoàn',
  // Port authorities (`Cảng vụ Hàng hải Quy Nhơn`, `Cảng vụ Đường thủy nội địa khu vực IV`).
  'Cảng vụ',
  // A district's forest rangers (`Hạt Kiểm lâm huyện A Lưới đã ban hành …`).
  'Hạt Kiểm lâm',
  // A commune's or a district's stations with their own seal (`Trạm Y tế xã đã gửi Giấy mời số
  // 05/GM-TYT …`, `Trạm Kiểm lâm …`, `Trạm Trồng trọt và Bảo vệ thực vật …`); not a pumping
  // station, a weighbridge or a mast (`Trạm bơm`, `Trạm cân`, `Trạm BTS`).
  'Trạm Y tế',
  'Trạm Kiểm lâm',
  'Trạm Kiểm soát',
  'Trạm Khuyến nông',
  'Trạm Thú y',
  'Trạm Trồng trọt',
  // A rehabilitation centre (`Cơ sở cai nghiện ma túy tỉnh … ra Thông báo …`).
  'Cơ sở cai nghiện',
  // Cultural institutions (`Bảo tàng huyện ban hành Quy định số 01/QyĐ-BTH …`, `Thư viện tỉnh …`).
  'Bảo tàng',
  'Thư viện',
];

/**
 * What organisations are named after when the name itself holds a comma (`Bộ Văn hóa, Thể thao
 * và Du lịch`, `Sở Văn hóa, Thể thao và Du lịch`, `Ủy ban Quốc phòng, An ninh và Đối ngoại`): the
 * comma does not end the body there.
 */
export const NAMES_WITH_COMMAS: readonly string[] = [
  'Văn hóa, Thể thao và Du lịch',
  'Văn hóa, Thông tin, Thể thao và Du lịch',
  'Văn hóa, Thông tin và Thể thao',
  'Văn hóa, Thể thao',
  'Văn hóa, Khoa học và Thông tin',
  'Quốc phòng, An ninh và Đối ngoại',
  'Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng',
  'Khoa học, Công nghệ và Môi trường',
  // The Party committee of the Front and the mass organisations since 2025 (`Đảng ủy Mặt trận Tổ
  // quốc, các đoàn thể tỉnh`).
  'Mặt trận Tổ quốc, các đoàn thể',
  // Land councils and boards named by their task (`Hội đồng bồi thường, hỗ trợ và tái định cư
  // huyện`, `Ban Bồi thường, giải phóng mặt bằng`).
  'bồi thường, hỗ trợ và tái định cư',
  'bồi thường, giải phóng mặt bằng',
  // A minister who chairs a ministry-level committee (`Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc`,
  // `Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ`).
  'Bộ trưởng, Chủ nhiệm',
  // Steering committees named after their task (`Ban Chỉ đạo Trung ương về phát triển khoa học,
  // công nghệ, đổi mới sáng tạo và chuyển đổi số ban hành …`, `Ban Chỉ đạo tỉnh về phòng, chống
  // tham nhũng, tiêu cực`).
  'phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
  'phòng, chống tham nhũng, lãng phí, tiêu cực',
  'phòng, chống tham nhũng, tiêu cực',
  // Disaster commands (`Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn huyện …`).
  'phòng, chống thiên tai và tìm kiếm cứu nạn',
  // The Ministry of Public Security's cybersecurity department (A05).
  'An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao',
  // The State Bank's supervision agency (`Cơ quan Thanh tra, giám sát ngân hàng`).
  'Thanh tra, giám sát ngân hàng',
  // Fire police since the 2024 law (`Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ`, C07).
  'phòng cháy, chữa cháy và cứu nạn, cứu hộ',
  // Any other board named after what it prevents and combats (`Ban Chỉ đạo phòng, chống dịch bệnh
  // động vật huyện ban hành …`): the pair, whatever follows it.
  'phòng, chống',
  // Emulation, reward and discipline councils (`Hội đồng Thi đua - Khen thưởng`'s kin: `Hội đồng
  // khen thưởng, kỷ luật Đoàn Luật sư …`).
  'khen thưởng, kỷ luật',
  // The information ministry's games and online-content authority (`Cục Phát thanh, truyền hình
  // và thông tin điện tử`, PTTH&TTĐT).
  'Phát thanh, truyền hình và thông tin điện tử',
  // The health ministry's medical services authority (`Cục Quản lý Khám, chữa bệnh`, KCB).
  'Quản lý Khám, chữa bệnh',
  // The justice ministry's civil status department (`Cục Hộ tịch, quốc tịch, chứng thực`).
  'Hộ tịch, quốc tịch, chứng thực',
  // The legal-education councils every level keeps (`Hội đồng phối hợp phổ biến, giáo dục pháp
  // luật huyện …`).
  'phối hợp phổ biến, giáo dục pháp luật',
  // The information ministry's publishing and printing authority (`Cục Xuất bản, In và Phát
  // hành`, CXBIPH).
  'Xuất bản, In và Phát hành',
  // A province's livestock, veterinary and fisheries office since the 2025 mergers (`Chi cục Chăn
  // nuôi, Thú y và Thủy sản`).
  'Chăn nuôi, Thú y',
  // The census a steering committee is named after (`Ban Chỉ đạo Tổng điều tra nông thôn, nông
  // nghiệp tỉnh`; 7 of 7 annotated titles that hold the census's name keep its comma too).
  'Tổng điều tra nông thôn, nông nghiệp',
];

/**
 * Sectors named as a pair, which a council or board keeps in lower case (`Hội đồng khoa học và
 * công nghệ tỉnh`): `và` there goes on with the name.
 */
export const SECTOR_PAIRS: readonly (readonly [string, string])[] = [
  ['khoa học', 'công nghệ'],
  ['giáo dục', 'đào tạo'],
  ['tài nguyên', 'môi trường'],
  ['nông nghiệp', 'môi trường'],
  ['nông nghiệp', 'phát triển nông thôn'],
  ['thông tin', 'truyền thông'],
  // `Cục An toàn bức xạ và hạt nhân`.
  ['bức xạ', 'hạt nhân'],
];

/**
 * Set phrases of titles that hold a comma before words that would otherwise open the next clause
 * (`không`, a clause word soon after): fisheries' IUU, `khai thác hải sản bất hợp pháp, không
 * báo cáo và không theo quy định`, named so in every directive, plan and decision against it.
 */
export const TITLE_PHRASES_WITH_COMMAS: readonly string[] = [
  'bất hợp pháp, không báo cáo và không theo quy định',
  // The same, its last two parts joined by a comma as Party documents print it.
  'bất hợp pháp, không báo cáo, không theo quy định',
  // The 2024 Law on Juvenile Justice's measure (`biện pháp giám sát, giáo dục người dưới 18 tuổi …`).
  'giám sát, giáo dục',
  // The Party's building and rectification, named so since the 4th plenum of the 11th term.
  'xây dựng, chỉnh đốn Đảng',
  // Land recovery's three tasks, named so in every decree and decision on them.
  'bồi thường, hỗ trợ, tái định cư',
  // The 2020 decree's subject (`Nghị định số 123/2020/NĐ-CP … quy định về hóa đơn, chứng từ`).
  'hóa đơn, chứng từ',
  // Dam safety's pair, named so since the 2018 decree (`… về quản lý an toàn đập, hồ chứa nước`:
  // 16 of 16 annotated titles keep it).
  'đập, hồ chứa',
  // Motorbikes, named so in traffic rules (`mô tô, xe máy`, `xe mô tô, xe gắn máy`: 18 of 18
  // annotated titles keep the pair).
  'mô tô, xe',
  // The Party's inspection and supervision, named so in every rule and plan on them (`… về công tác
  // kiểm tra, giám sát và kỷ luật của Đảng`), also after a preamble's `căn cứ` that would hand
  // its last item to a main clause.
  'kiểm tra, giám sát',
  // Fundamental and comprehensive, the 2013 resolution on education's pair (`đổi mới căn bản, toàn
  // diện giáo dục và đào tạo`, Nghị quyết số 29-NQ/TW, cited so everywhere).
  'căn bản, toàn diện',
  // Prevention and combat, the pair every campaign against a wrong is named by (`phòng, chống cá
  // độ bóng đá …`, `phòng, chống tham nhũng`).
  'phòng, chống',
  // Propaganda and mobilisation, the pair a campaign's plan is named by (`tuyên truyền, vận động
  // 100% chủ xe tải ký cam kết …`: 42 of 42 annotated titles that hold it keep it).
  'tuyên truyền, vận động',
  // The 2021 decree on traffic cameras and other technical means (Nghị định 135/2021/NĐ-CP: `quy
  // định về danh mục, việc quản lý, sử dụng phương tiện, thiết bị kỹ thuật nghiệp vụ …`).
  'danh mục, việc quản lý',
  // Public buildings and land, one pair in the rules on rearranging public assets (`sắp xếp lại, xử lý
  // nhà, đất`: 9 of 9 annotated titles that hold it keep it).
  'nhà, đất',
  // The sectors and fields a plan covers (`mục tiêu tăng trưởng các ngành, lĩnh vực và địa phương`).
  'ngành, lĩnh vực',
  // The notaries' two services, named together in their law, decrees and every office's name.
  'công chứng, chứng thực',
  // Cyber safety and security, one pair in the 2018 law's field and the national strategy's name
  // (`Chiến lược An toàn, An ninh mạng quốc gia`; 4 of 4 annotated titles hold it).
  'an toàn, an ninh mạng',
  'An toàn, An ninh mạng',
  // Parents and spouses, named so in the civil status and family laws (`đăng ký khai sinh cho trẻ em
  // có cha, mẹ là người di cư tự do`, `nhận cha, mẹ, con`).
  'cha, mẹ',
  'vợ, chồng',
  // Batteries and accumulators, named so in the waste and recycling rules (`chất thải điện tử và
  // pin, ắc quy đã qua sử dụng`).
  'pin, ắc quy',
  // Wildlife law's protected species (`Danh mục loài nguy cấp, quý, hiếm được ưu tiên bảo vệ`),
  // named so in the 2013 and 2019 decrees.
  'nguy cấp, quý, hiếm',
  // The national traceability scheme's name (`Đề án triển khai, áp dụng và quản lý hệ thống truy xuất
  // nguồn gốc`, Quyết định 100/QĐ-TTg of 2019): `, áp dụng` ends a title elsewhere.
  'triển khai, áp dụng',
  // Holidays and Tết, one pair in the rules on allowances and gifts (`tiền ăn thêm trong các ngày
  // lễ, Tết`).
  'lễ, Tết',
  // Belief and religion, one pair in the 2016 law's name and every rule under it (`cơ sở tín ngưỡng,
  // tôn giáo`: 14 of 14 annotated titles that hold it keep it).
  'tín ngưỡng, tôn giáo',
  // The Party's bodies, the Front and the mass organisations, named together in every directive to
  // them (`các cơ quan Đảng, Mặt trận, đoàn thể`: 8 of 8 annotated titles keep it).
  'Đảng, Mặt trận',
  // Collecting and paying, one pair in the rules on fees and Party dues (`kiểm tra, giám sát thu, nộp
  // đảng phí`: 45 of 45 annotated titles that hold it keep it).
  'thu, nộp',
];

/** Words that may continue an issuing body after a comma (`Bộ Tài chính, Bộ Tư pháp`). */
export const BODY_LIST_HEADS: readonly string[] = ['BO', 'BAN', 'VIEN', 'TOA'];

/**
 * Verbs after a subject that issues the document: `UBND tỉnh ban hành Quyết định …`. Not `triển
 * khai` (implement): a body that implements a document is usually not its issuer
 * (`Phòng Giáo dục triển khai Công văn … của Bộ`).
 */
export const ISSUING_VERBS: readonly string[] = [
  'ban hành',
  'có',
  'thông qua',
  'biểu quyết thông qua',
  'phát hành',
  'ký',
  // `Bộ trưởng Bộ Công an đã ký ban hành Thông tư …`: signed and issued, one verb.
  'ký ban hành',
  // `Ủy ban MTTQ tỉnh và Hội Nông dân tỉnh ký kết Chương trình phối hợp số …`: the parties that
  // sign a joint programme or regulation issue it.
  'ký kết',
  // `Ban Chỉ huy Phòng thủ dân sự tỉnh đã phát đi các Công điện số 20, 21/CĐ-BCH`: sent out, as
  // dispatches are.
  'phát đi',
  // `UBND huyện Đại Lộc đã phát Thông báo số 45/TB-UBND`: sent out, the short verb.
  'phát',
  // `Tổ kiểm soát đã lập Biên bản vi phạm hành chính số 03/BB-VPHC`: a record drawn up.
  'lập',
  // `Ban Thường vụ LĐLĐ tỉnh phát động Chương trình số 12/CTr-LĐLĐ …`: the body that launches its
  // own numbered programme or plan.
  'phát động',
  // `Cơ quan Cảnh sát điều tra … đã ra Quyết định truy nã số …`.
  'ra',
  // `UBND tỉnh Ninh Thuận phê duyệt Đề án số 05/ĐA-UBND …`: the body that approves its own
  // scheme (four of the five annotations of a body right before `phê duyệt <document>`).
  'phê duyệt',
  // `Đảng ủy Công an tỉnh xây dựng Kế hoạch số 75-KH/ĐU`: a body drafting its own numbered plan,
  // scheme or rules issues it (`được giao xây dựng`, a task handed on, stays without one).
  'xây dựng',
  // `UBND thành phố Bến Hòa đang hoàn thiện Đề án số 04/ĐA-UBND`, `Sở Xây dựng đã hoàn thiện Tờ trình
  // số …`: a body finishing its own draft, in progress or done (6 of 6 annotated; a task handed on
  // or urged, `giao Sở … hoàn thiện`, `khẩn trương hoàn thiện`, none of 5).
  'đang hoàn thiện',
  'đã hoàn thiện',
  // `Sở Nội vụ đăng tải Thông báo số 312/TB-SNV …`: a body posting its own notice (a portal,
  // `Cổng thông tin …`, names no body that issues).
  'đăng tải',
  // `UBND huyện đã cụ thể hóa bằng Kế hoạch số 178/KH-UBND`: the body that gives a higher
  // document effect in its own (6 of the 7 annotated give it; the seventh's subject is a bare
  // `Huyện`, no body's name; the passive's agent, `được Đảng ủy xã cụ thể hóa bằng …`, is read by
  // `PASSIVE_AGENT_VERBS`).
  'cụ thể hóa bằng',
  'cụ thể hoá bằng',
  // `Công an huyện đã trả lời bằng Văn bản số 1096/CAH-ĐCSHS …`: the body that answers in its own
  // letter (both annotated give it; `trả lời … tại <document>` is an acting verb's).
  'trả lời bằng',
];

/**
 * Verbs by which a body acts in a document it issues, named after `tại`: `UBND tỉnh đã phê duyệt
 * phương án tuyển sinh tại Quyết định số 612/QĐ-UBND`, `Bộ Tài chính đã trả lời kiến nghị cử tri
 * tại Văn bản số …`, `Thủ tướng Chính phủ đã giao dự toán … tại Quyết định số …`. Not `quy định`
 * or `nêu` (`… như quy định tại Nghị định …` cites another body's text).
 */
export const ACTING_VERBS: readonly string[] = [
  'phê duyệt',
  'phê chuẩn',
  'giao',
  'trả lời',
  'hướng dẫn',
  'báo cáo',
  'phân bổ',
  'chấp thuận',
  'chỉ đạo',
  'kết luận',
];

/**
 * Verbs by which the agent of a passive acts in the document named right after them, bare or
 * after `tại`, `bằng`, `thông qua`: `… được Thủ tướng Chính phủ phê duyệt tại Quyết định số
 * 1579/QĐ-TTg`, `… được Quốc hội thể chế hóa bằng Nghị quyết số …`, `… được Cục Trồng trọt cấp
 * Quyết định số …`. Never after `theo` (`… được HĐND tỉnh phân bổ theo Quyết định …` follows
 * another body's document).
 */
export const PASSIVE_AGENT_VERBS: readonly string[] = [
  ...ACTING_VERBS,
  'ban hành',
  'quy định',
  'cụ thể hóa',
  'thể chế hóa',
  'lãnh đạo',
  'cấp',
  'công nhận',
  'thành lập',
  'điều chỉnh',
  // `Kết quả … được Sở Khoa học và Công nghệ công bố tại Thông báo số 58/TB-SKHCN`: what a body
  // announces in its notice.
  'công bố',
  // `Kinh phí … đã được HĐND tỉnh thông qua tại Nghị quyết số 56/NQ-HĐND …`: what a council passes
  // in its resolution.
  'thông qua',
];

/** Adverbs between the subject and the issuing verb (`đã`, `vừa`, `từng`, `tiếp tục`). */
export const ISSUING_ADVERBS: readonly string[] = [
  'đã',
  'vừa',
  'từng',
  'cũng',
  'mới',
  'còn',
  'tiếp tục',
  'lần lượt',
  'liên tiếp',
  'đồng loạt',
  // `UBND tỉnh sau đó có văn bản số …`: then, between the subject and its verb (not the name's).
  'sau đó',
  'tiếp đó',
  // `Hội nghị Ban Thường vụ Huyện ủy Kim Khê đã thống nhất ban hành …`, `HĐND thành phố … thống
  // nhất thông qua …`: the body agreed to issue it (6 of the 6 annotated subjects named in full).
  'thống nhất',
  // `UBND huyện khẩn trương trình HĐND huyện Tờ trình số …`: urgently, the subject's manner.
  'khẩn trương',
];

/**
 * Adverbs of two words between the issuing verb and its document: `… ban hành đồng thời Thông tư
 * số 14/2024/TT-BNNPTNT và …` (documents issued together), `UBND tỉnh ban hành kèm theo Quyết định
 * số …` (what the decision carries, issued with it).
 */
export const ISSUING_VERB_ADVERBS: readonly (readonly [string, string])[] = [
  ['đồng', 'thời'],
  ['kèm', 'theo'],
  // `UBND tỉnh ban hành liên tiếp các Quyết định số 2831, 2832 …`: one after another.
  ['liên', 'tiếp'],
];

/**
 * Lower-case words an organisation name may contain freely (`UBND tỉnh`, `Tòa án nhân dân
 * tối cao`, `Ban Cán sự đảng`); other lower-case runs longer than three syllables end a name.
 */
export const BODY_LOWERCASE_WORDS: ReadonlySet<string> = new Set([
  'tỉnh',
  'huyện',
  'xã',
  'phường',
  'thị',
  'trấn',
  'quận',
  'thành',
  'phố',
  'và',
  'nhân',
  'dân',
  'tối',
  'cao',
  'đảng',
  'các',
  'cơ',
  'quan',
  'lần',
  'thứ',
  'ủy',
  'uỷ',
  'trung',
  'ương',
  'liên',
  // `Hội đồng bầu cử quốc gia`, `Ủy ban bầu cử tỉnh`, `Ban Chỉ đạo quốc gia …`.
  'bầu',
  'cử',
  'quốc',
  'gia',
  // The units typed without marks (`Cang vu Duong thuy noi dia tinh Binh Hai`), as printed above,
  // and the people's courts' and procuracies' `nhân dân` (`Vien kiem sat nhan dan huyen Tan Khe`).
  'nhan',
  'dan',
  'tinh',
  'huyen',
  'phuong',
  'thanh',
  'pho',
]);

/** Words in the surrounding sentence that make an unresolved short reference a Party one. */
export const PARTY_CONTEXT_WORDS: readonly string[] = [
  // `Đảng` itself is matched on the printed text (`PARTY_WORD` in classify.ts): its skeleton
  // DANG is also `đang`, `đáng`, `đăng`, some of the commonest words of any sentence.
  'CHI BO',
  'CAP UY',
  'TINH UY',
  'HUYEN UY',
  'THANH UY',
  'QUAN UY',
  'DANG UY',
  'BO CHINH TRI',
  // `Ban Bí thư`, `Tổng Bí thư`, `Bí thư Tỉnh ủy`.
  'BI THU',
  'TRUNG UONG',
  'BAN CHAP HANH',
  'BAN TUYEN GIAO',
  'BAN TO CHUC',
  'UY BAN KIEM TRA',
  'BAN THUONG VU',
];

/** Words that make an unresolved short reference a State one. */
export const STATE_CONTEXT_WORDS: readonly string[] = [
  'UBND',
  'HDND',
  'UY BAN NHAN DAN',
  'HOI DONG NHAN DAN',
  'CHINH PHU',
  'THU TUONG',
  'QUOC HOI',
  'BO TRUONG',
];

/** Types only the State issues: their short forms are State ones whatever the words around. */
export const STATE_ONLY_TYPES: ReadonlySet<string> = new Set([
  'Nghị định',
  'Thông tư',
  'Thông tư liên tịch',
  'Luật',
  'Bộ luật',
  'Pháp lệnh',
  'Hiến pháp',
]);

/**
 * Types whose short forms are the Party's whatever the words around: a `Kết luận` cited
 * without its symbol is the Party's (68 of the 68 annotated; the State's are inspections',
 * cited with theirs).
 */
export const PARTY_ONLY_SHORT_TYPES: ReadonlySet<string> = new Set(['Kết luận']);

/** Party-leaning types when nothing else decides (short forms are mostly Party documents). */
export const PARTY_DEFAULT_TYPES: ReadonlySet<string> = new Set([
  'Nghị quyết',
  'Chỉ thị',
  'Quy định',
  'Kết luận',
  'Điều lệ',
  'Thông tri',
]);

/**
 * Words after a bare number that make `Kế hoạch 5 …` a quantity, not a short reference; as
 * printed, lower case. Matched on the skeleton, then checked on the printed word when the text
 * has marks: `bước` (steps) and `buộc` (compels), `con` and `còn` share one skeleton.
 */
export const QUANTITY_WORDS: readonly string[] = [
  ...['năm', 'tháng', 'ngày', 'tuần', 'lần', 'người', 'tuổi', 'giờ', 'phút', 'km', 'ha', 'm'],
  ...['triệu', 'tỷ', 'tỉ', 'nghìn', 'đồng', 'xã', 'huyện', 'tỉnh', 'hộ', 'điểm', 'trang'],
  ...['chỉ tiêu', 'nội dung', 'mục tiêu', 'nhiệm vụ', 'giải pháp', 'điều', 'khoản', 'chương'],
  ...['mục', 'nhóm', 'văn bản', 'đơn vị', 'cơ quan', 'tổ chức', 'cán bộ', 'đảng viên'],
  ...['học sinh', 'buổi', 'đợt', 'kỳ', 'kì', 'phần', 'bài', 'câu', 'tiết', 'lớp', 'trường'],
  ...['công trình', 'dự án', 'thôn', 'ấp', 'bản', 'ban', 'lĩnh vực', 'ngành', 'cấp', 'bước'],
  ...['vòng', 'phòng', 'số', 'thứ', 'chiếc', 'cái', 'con', 'tấn', 'kg', 'lít', 'usd', 'vnd'],
  ...['triệu đồng', 'tỷ đồng', 'tỉ đồng'],
];

/**
 * Law names that hold a comma (`Luật Cán bộ, công chức`, `Luật Phòng, chống tham nhũng`,
 * `Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn`): the skeletons of the word before the
 * comma and the word after it. Anywhere else a comma ends the name, since the sentence goes
 * on (`Theo Luật Đất đai, người sử dụng đất …`).
 */
export const COMMA_NAME_PAIRS: ReadonlySet<string> = new Set([
  'BO CONG', // cán bộ, công chức
  'DUA KHEN', // thi đua, khen thưởng
  'PHONG CHONG', // phòng, chống …
  'CHAY CHUA', // phòng cháy, chữa cháy
  'NAN CUU', // cứu nạn, cứu hộ
  'KIEM CHONG', // thực hành tiết kiệm, chống lãng phí
  'BENH CHUA', // khám bệnh, chữa bệnh
  'NINH TRAT', // an ninh, trật tự
  'TU AN', // trật tự, an toàn giao thông
  'XA PHUONG', // xã, phường, thị trấn
  'PHUONG THI',
  'LY SU', // quản lý, sử dụng
  'SU VAN', // di tích lịch sử, văn hóa
  'LAM THANG', // danh lam, thắng cảnh
  'DOI BO', // sửa đổi, bổ sung
  'NGUONG TON', // tín ngưỡng, tôn giáo
  'DUC THE', // thể dục, thể thao
  'PHAM HANG', // chất lượng sản phẩm, hàng hóa
  'GIU TAM', // tạm giữ, tạm giam
  'KHAU THUE', // thuế xuất khẩu, thuế nhập khẩu
  'CANH NHAP', // xuất cảnh, nhập cảnh
  'CANH XUAT', // nhập cảnh, xuất cảnh
  'CANH QUA', // nhập cảnh, quá cảnh
  'CANH CU', // quá cảnh, cư trú
  'TOAN VE', // an toàn, vệ sinh lao động
  'RUOU BIA', // rượu, bia
  'GIAI DOI', // hòa giải, đối thoại
  'KHI VAT', // vũ khí, vật liệu nổ
  'XUAT KINH', // sản xuất, kinh doanh
  'VE CHAM', // bảo vệ, chăm sóc
  'LUT BAO', // phòng, chống lụt, bão
  'LY BAO', // quản lý, bảo vệ công trình quốc phòng
  'HOC CONG', // khoa học, công nghệ
  'PHONG AN', // quốc phòng, an ninh (`Luật Công nghiệp quốc phòng, an ninh và động viên công nghiệp`)
  'BIEN GIAO', // phổ biến, giáo dục pháp luật
  'CAP THOAT', // cấp, thoát nước (`Luật Cấp, thoát nước năm 2025`)
]);

/** Words just before a symbol that make it a form, bid, parcel or gazette number, not a document. */
export const LOOKALIKE_PREFIXES: readonly string[] = [
  'MAU',
  'MAU SO',
  'GOI THAU',
  'GOI THAU SO',
  'THUA',
  'THUA DAT SO',
  'TO BAN DO SO',
  'SO NHA',
  'BIEN SO',
  'BIEN KIEM SOAT',
  'TAI KHOAN',
  'TAI KHOAN SO',
  'HOP DONG SO',
  'PHIEU SO',
  'HO SO SO',
  'BAO',
  'CONG BAO',
  'TCVN',
  'QCVN',
  'ISO',
  'MA SO',
  'MA',
  // Appendices and annexes are numbered like documents (`Phụ lục số 02/PL-BC`).
  'PHU LUC',
  'PHU LUC SO',
  // A production lot's code (`mã lô SX 0124/NĐ-CP do nhà sản xuất tự đặt`), a maker's own.
  'MA LO',
  'MA LO SX',
  'SO LO',
  // A court's decision to bring a case to trial is numbered like the case (`Quyết định đưa vụ án
  // ra xét xử số 58/2025/QĐXXST-HS`), as its judgment is.
  'XET XU',
  // An indictment is numbered like a document (`Cáo trạng số 12/CT-VKSTC-V3`), as a case file is.
  'CAO TRANG',
  'CAO TRANG SO',
  // A registration number (`Hiện vật mang số đăng ký 2156/BTTL-KL`, a museum's artefact): no
  // annotated reference follows `số đăng ký`.
  'SO DANG KY',
];

/**
 * Law names holding words that otherwise end a name (`của`, `và` before a capital, a comma, `theo`):
 * read whole when the text has them so (`Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân
 * dân`), in any case and with or without marks.
 */
export const WHOLE_LAW_NAMES: readonly string[] = [
  'Hoạt động giám sát của Quốc hội và Hội đồng nhân dân',
  'Phòng, chống tác hại của rượu, bia',
  'Phòng, chống tác hại của thuốc lá',
  'Ký kết, gia nhập và thực hiện điều ước quốc tế',
  'Xuất cảnh, nhập cảnh của công dân Việt Nam',
  'Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam',
  // The foreign investment laws of 1987 and 1996 (`Luật Đầu tư nước ngoài tại Việt Nam`).
  'Đầu tư nước ngoài tại Việt Nam',
  // Omnibus amending laws named by how many laws they amend (2018, 2025).
  'sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch',
  'sửa đổi, bổ sung một số điều của 11 luật về quân sự, quốc phòng',
  // `theo` ends a name elsewhere (`Luật Đất đai theo …`).
  'Đầu tư theo phương thức đối tác công tư',
  'Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng',
  'Quản lý, sử dụng vốn nhà nước đầu tư vào sản xuất, kinh doanh tại doanh nghiệp',
  // `nhỏ và vừa` (small and medium-sized): `và` joins two words of the name.
  'Hỗ trợ doanh nghiệp nhỏ và vừa',
  // `không` (not) ends a name elsewhere; so do a comma before a lower-case word, and `và` before
  // a capital.
  'Hàng không dân dụng Việt Nam',
  'Hiến, lấy, ghép mô, bộ phận cơ thể người và hiến, lấy xác',
  'Quân nhân chuyên nghiệp, công nhân và viên chức quốc phòng',
  'Tổ chức Hội đồng nhân dân và Ủy ban nhân dân',
  'Tài nguyên, môi trường biển và hải đảo',
  // `số` (number) ends a name elsewhere.
  'Tần số vô tuyến điện',
  // The 2012 ordinance on costs in proceedings, whose name holds a `;`.
  'Chi phí giám định, định giá; chi phí cho người làm chứng, người phiên dịch trong tố tụng',
  'Phòng không nhân dân',
  // The 2002 ordinance on posts and telecommunications.
  'Bưu chính, viễn thông',
  // `tại` ends a name elsewhere (the 2025 law on the State's capital in enterprises).
  'Quản lý và đầu tư vốn nhà nước tại doanh nghiệp',
  // `của` ends a name elsewhere (`Luật Đất đai của …`).
  'Trách nhiệm bồi thường của Nhà nước',
  // `ở cơ sở` (at the grassroots) goes on past the `ở` and the `sở` a number would follow.
  'Thực hiện dân chủ ở cơ sở',
  // Sixteen words, the State's name among them (the 2009 law on missions abroad).
  'Cơ quan đại diện nước Cộng hòa xã hội chủ nghĩa Việt Nam ở nước ngoài',
  // The 1994 ordinance on people with meritorious services, which the 2005 one replaced.
  'Ưu đãi người hoạt động cách mạng, liệt sĩ và gia đình liệt sĩ, thương binh, bệnh binh, người hoạt động kháng chiến, người có công giúp đỡ cách mạng',
  // The 2003 ordinance on private medical and pharmaceutical practice.
  'Hành nghề y, dược tư nhân',
  // The 2006 HIV/AIDS law, whose name holds `phải` (must, a clause word elsewhere) and its initials
  // in brackets.
  'Phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người (HIV/AIDS)',
  'Phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người',
];

/**
 * The names of the State's laws and codes in force or lately replaced (`Đất đai`, `Trách nhiệm bồi
 * thường của Nhà nước`, `Dân sự` of `Bộ luật Dân sự`): a law cited by one of these, without its
 * year or number, ends where the name does before a lower-case word, whatever verb of the
 * sentence that is (`Luật Đất đai mở ra …`); a name not listed keeps the stop-word reading.
 */
export const KNOWN_LAW_NAMES: readonly string[] = [
  'Trách nhiệm bồi thường của Nhà nước',
  'Hoạt động giám sát của Quốc hội và Hội đồng nhân dân',
  'Xuất cảnh, nhập cảnh của công dân Việt Nam',
  'Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam',
  'Phòng, chống tác hại của rượu, bia',
  'Phòng, chống tác hại của thuốc lá',
  'Cơ quan đại diện nước Cộng hòa xã hội chủ nghĩa Việt Nam ở nước ngoài',
  'Ngân hàng Nhà nước Việt Nam',
  'Biên giới quốc gia',
  'Lực lượng Cảnh sát biển Việt Nam',
  'Sĩ quan Quân đội nhân dân Việt Nam',
  'Công an nhân dân',
  'Tổ chức Viện kiểm sát nhân dân',
  'Tổ chức Tòa án nhân dân',
  'Bảo vệ quyền lợi người tiêu dùng',
  'Người khuyết tật',
  'Người cao tuổi',
  'Thủ đô',
  'Hỗ trợ doanh nghiệp nhỏ và vừa',
  'Phòng, chống mua bán người',
  'Điều ước quốc tế',
  'Thỏa thuận quốc tế',
  'Tiếp cận thông tin',
  'Quản lý, sử dụng tài sản công',
  'Thực hiện dân chủ ở cơ sở',
  'Hòa giải ở cơ sở',
  'Mặt trận Tổ quốc Việt Nam',
  'Tổ chức chính quyền địa phương',
  'Đặc xá',
  'Bình đẳng giới',
  'Phòng, chống bạo lực gia đình',
  'Trưng cầu ý dân',
  'Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân',
  'Cán bộ, công chức',
  'Viên chức',
  'Thi đua, khen thưởng',
  'Quản lý thuế',
  'Cư trú',
  'Căn cước',
  'Thanh niên',
  'Tín ngưỡng, tôn giáo',
  'Ký kết, gia nhập và thực hiện điều ước quốc tế',
  'Hoạt động chữ thập đỏ',
  'An toàn, vệ sinh lao động',
  'Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng',
  'Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ',
  'Bảo vệ bí mật nhà nước',
  'Phòng, chống rửa tiền',
  'Tổ chức cơ quan điều tra hình sự',
  'Thi hành tạm giữ, tạm giam',
  'Xử lý vi phạm hành chính',
  'Giám định tư pháp',
  'Trợ giúp pháp lý',
  'Chuyển giao công nghệ',
  'Đầu tư theo phương thức đối tác công tư',
  'Tổ chức Chính phủ',
  'Tổ chức Quốc hội',
  'Kiểm toán nhà nước',
  'Năng lượng nguyên tử',
  'Sử dụng năng lượng tiết kiệm và hiệu quả',
  'Phòng, chống tham nhũng',
  'Khoa học và Công nghệ',
  'Khoa học, công nghệ và đổi mới sáng tạo',
  'Bảo vệ và Phát triển rừng',
  'Phòng cháy và chữa cháy',
  'Phòng cháy, chữa cháy và cứu nạn, cứu hộ',
  'Trật tự, an toàn giao thông đường bộ',
  'Bảo hiểm tiền gửi',
  'Việc làm',
  'Dân quân tự vệ',
  'Nghĩa vụ quân sự',
  'Lực lượng dự bị động viên',
  'Biển Việt Nam',
  'Tài nguyên, môi trường biển và hải đảo',
  'Phòng, chống thiên tai',
  'Đê điều',
  'Thủy lợi',
  'Quy hoạch đô thị và nông thôn',
  'Kinh doanh bất động sản',
  'Các tổ chức tín dụng',
  'Giao dịch điện tử',
  'Bảo vệ dữ liệu cá nhân',
  'Công nghiệp công nghệ số',
  'Dữ liệu',
  'Phòng, chống ma túy',
  'Thanh tra',
  'Khiếu nại',
  'Tố cáo',
  'Tiếp công dân',
  'Báo chí',
  'Quảng cáo',
  'Điện ảnh',
  'Di sản văn hóa',
  'Thư viện',
  'Giáo dục nghề nghiệp',
  'Giáo dục đại học',
  'Nhà giáo',
  'Khám bệnh, chữa bệnh',
  'Bảo hiểm y tế',
  'Bảo hiểm xã hội',
  'Dược',
  'An toàn thực phẩm',
  'Đo lường',
  'Tiêu chuẩn và Quy chuẩn kỹ thuật',
  'Chất lượng sản phẩm, hàng hóa',
  'Hóa chất',
  'Quản lý ngoại thương',
  'Cạnh tranh',
  'Doanh nghiệp',
  'Hợp tác xã',
  'Đấu thầu',
  'Đấu giá tài sản',
  'Ngân sách nhà nước',
  'Quản lý nợ công',
  'Kế toán',
  'Thống kê',
  'Giá',
  'Phí và lệ phí',
  'Thuế thu nhập cá nhân',
  'Thuế giá trị gia tăng',
  'Thuế tiêu thụ đặc biệt',
  'Thuế thu nhập doanh nghiệp',
  'Thuế xuất khẩu, thuế nhập khẩu',
  'Thuế sử dụng đất nông nghiệp',
  'Thuế sử dụng đất phi nông nghiệp',
  'Thuế bảo vệ môi trường',
  'Hải quan',
  'Chứng khoán',
  'Kinh doanh bảo hiểm',
  'Viễn thông',
  'Tần số vô tuyến điện',
  'Bưu chính',
  'An toàn thông tin mạng',
  'An ninh mạng',
  'Xây dựng',
  'Nhà ở',
  'Đất đai',
  'Kiến trúc',
  'Đường bộ',
  'Đường sắt',
  'Hàng không dân dụng Việt Nam',
  'Giao thông đường thủy nội địa',
  'Du lịch',
  'Thể dục, thể thao',
  'Trẻ em',
  'Hôn nhân và gia đình',
  'Nuôi con nuôi',
  'Hộ tịch',
  'Quốc tịch Việt Nam',
  'Công chứng',
  'Luật sư',
  'Thi hành án dân sự',
  'Thi hành án hình sự',
  'Tương trợ tư pháp',
  'Lý lịch tư pháp',
  'Phá sản',
  'Trọng tài thương mại',
  'Sở hữu trí tuệ',
  'Ban hành văn bản quy phạm pháp luật',
  'Lưu trữ',
  'Tài nguyên nước',
  'Khoáng sản',
  'Địa chất và khoáng sản',
  'Bảo vệ môi trường',
  'Lâm nghiệp',
  'Trồng trọt',
  'Chăn nuôi',
  'Thủy sản',
  'Thú y',
  'Bảo vệ và kiểm dịch thực vật',
  'Đa dạng sinh học',
  'Quy hoạch',
  'Đầu tư',
  'Đầu tư công',
  'Quốc phòng',
  'An ninh quốc gia',
  'Cảnh vệ',
  'Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở',
  'Phòng, chống HIV/AIDS',
  'Hiến, lấy, ghép mô, bộ phận cơ thể người và hiến, lấy xác',
  'Dân số',
  'Điện lực',
  'Dầu khí',
  'Tiết kiệm, chống lãng phí',
  'Thực hành tiết kiệm, chống lãng phí',
  'Hoạt động chất vấn',
  'Tổ chức Mặt trận',
  'Người Việt Nam ở nước ngoài',
  'Công đoàn',
  'Phổ biến, giáo dục pháp luật',
  'Dự trữ quốc gia',
  'Quản lý, sử dụng vốn nhà nước đầu tư vào sản xuất, kinh doanh tại doanh nghiệp',
  'Đo đạc và bản đồ',
  'Khí tượng thủy văn',
  'Giáo dục',
  'Giáo dục quốc phòng và an ninh',
  'Quân nhân chuyên nghiệp, công nhân và viên chức quốc phòng',
  'Lực lượng vũ trang nhân dân',
  'Biên phòng Việt Nam',
  'Xuất bản',
  'Công nghệ thông tin',
  'Tổ chức Hội đồng nhân dân và Ủy ban nhân dân',
  'Doanh nghiệp nhà nước',
  'Căn cước công dân',
  'Quy hoạch đô thị',
  'Giao thông đường bộ',
  'Khiếu nại, tố cáo',
  'Bảo vệ, chăm sóc và giáo dục trẻ em',
  'Dân sự',
  'Hình sự',
  'Lao động',
  'Tố tụng dân sự',
  'Tố tụng hình sự',
  'Tố tụng hành chính',
  'Hàng hải Việt Nam',
  'Bảo vệ, kiểm dịch thực vật',
  'Phòng, chống bệnh truyền nhiễm',
  'Phòng bệnh',
  'Hiến máu',
  'Đường thủy nội địa',
  'Bảo vệ sức khỏe nhân dân',
  'Thuế tài nguyên',
  'Thuế môn bài',
  'Bảo vệ và phát triển rừng',
  'Phòng, chống khủng bố',
  'Thừa phát lại',
  'Tạm giữ, tạm giam',
];

/**
 * Countries and regions a title lists (`… tuyển lao động đi Nhật Bản, Đài Loan (Trung Quốc) …`,
 * `… xuất khẩu sang thị trường Hoa Kỳ, Úc và Nhật Bản`): a comma between two of them goes on with
 * the title (6 of 6 annotated titles that list them keep the list).
 */
export const COUNTRY_NAMES: readonly string[] = [
  'Nhật Bản',
  'Hàn Quốc',
  'Đài Loan',
  'Trung Quốc',
  'Hồng Kông',
  'Ma Cao',
  'Lào',
  'Campuchia',
  'Thái Lan',
  'Malaysia',
  'Singapore',
  'Indonesia',
  'Philippines',
  'Myanmar',
  'Ấn Độ',
  'Hoa Kỳ',
  'Mỹ',
  'Canada',
  'Úc',
  'Australia',
  'New Zealand',
  'Nga',
  'Đức',
  'Pháp',
  'Anh',
  'Italia',
  'Ba Lan',
  'Séc',
  'Hungary',
  'Romania',
  'Israel',
  'Ả Rập Xê Út',
  'Qatar',
  'châu Âu',
  'châu Phi',
  'Trung Đông',
];
