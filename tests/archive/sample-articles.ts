import { makeArticle } from './helpers';

/** Realistic Vietnamese articles shared by several archive tests (invented places, as the corpus). */
export const resolutionArticle = makeArticle({
  url: 'https://binhnguyen.example.vn/tin-tuc/trien-khai-nghi-quyet-03.html',
  title: 'Triển khai Nghị quyết 03-NQ/TU về chuyển đổi số',
  lead: 'Sáng 20/5, Ban Thường vụ Tỉnh ủy Bình Nguyên tổ chức hội nghị triển khai Nghị quyết 03-NQ/TU ngày 13/4/2021 của Tỉnh ủy.',
  paragraphs: [
    'Hội nghị được tổ chức theo hình thức trực tuyến đến 12 điểm cầu cấp huyện.',
    'Đồng chí Bí thư Tỉnh ủy yêu cầu các cấp ủy, chính quyền quán triệt sâu sắc Nghị quyết 03-NQ/TU, gắn với thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị.',
    'Các địa phương cần xây dựng kế hoạch cụ thể, phân công rõ người, rõ việc, rõ thời gian hoàn thành.',
  ],
  siteName: 'Cổng thông tin điện tử tỉnh Bình Nguyên',
  published: '2024-05-20T16:45+07:00',
  images: ['https://binhnguyen.example.vn/uploads/hoi-nghi.jpg'],
  references: [
    ['Nghị quyết 03-NQ/TU', 'party:nq:03:tu'],
    ['Chỉ thị 05-CT/TW', 'party:ct:05:tw'],
  ],
});

export const massMobilisationArticle = makeArticle({
  url: 'https://hapong.example.vn/tin-tuc/dan-van-kheo-2024.html',
  title: 'Phong trào “Dân vận khéo” ở xã Tân Khê',
  lead: 'Xã Tân Khê có nhiều mô hình Dân vận khéo gắn với xây dựng nông thôn mới.',
  paragraphs: [
    'Thực hiện Chỉ thị 05-CT/TW, Đảng ủy xã đã chỉ đạo các chi bộ đăng ký mô hình cụ thể.',
    'Nhiều hộ dân tự nguyện hiến đất làm đường giao thông nông thôn.',
  ],
  siteName: 'Trang thông tin điện tử huyện Hà Phong',
  published: '2024-03-02',
  images: [
    'https://hapong.example.vn/uploads/duong-moi.jpg',
    'https://cdn.other.example.vn/anh/hien-dat.png',
  ],
  references: [['Chỉ thị 05-CT/TW', 'party:ct:05:tw']],
});
