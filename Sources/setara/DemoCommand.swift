import ArgumentParser
import Foundation
import SetaraApp
import SetaraDomain
import SetaraKit
import SetaraStore

struct DemoCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "demo",
                             abstract: L("Membuat basis data contoh dengan data rekaan yang realistis, lalu menunjukkan apa yang bisa dicoba.",
                                         "Creates a demo database with fictional, realistic data, then shows what to try next."))
    }

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp(L("Jumlah pencari kerja.", "Number of seekers."))) var seekers = 2_000
    @Option(help: ArgumentHelp(L("Jumlah pemberi kerja.", "Number of employers."))) var employers = 300
    @Option(help: ArgumentHelp(L("Jumlah lowongan.", "Number of vacancies."))) var vacancies = 1_500
    @Option(help: ArgumentHelp(L("Benih acak; benih yang sama memberi data yang sama.", "Random seed; the same seed gives the same data."))) var seed: UInt64 = 2016
    @Flag(inversion: .prefixedNo, help: ArgumentHelp(L("Dua tahun riwayat kasus: kantor, rujukan, penempatan, tindak lanjut (bawaan: ya).",
                                                      "Two years of casework: offices, referrals, placements, follow-ups (default: yes).")))
    var casework = true

    func validate() throws {
        for (name, value) in [("--seekers", seekers), ("--employers", employers), ("--vacancies", vacancies)] where !(1...1_000_000).contains(value) {
            throw ValidationError(L("\(name) harus antara 1 dan 1000000; Anda memberi \(value).", "\(name) must be from 1 to 1000000; you gave \(value)."))
        }
    }

    func run() throws {
        try runReportingErrors {
            // The demo has a file of its own unless one is named: never the office's database.
            var global = self.global
            if (global.db ?? "").isEmpty && (ProcessInfo.processInfo.environment["SETARA_DB"] ?? "").isEmpty {
                global.db = (GlobalOptions.dataFolder as NSString).appendingPathComponent("setara/demo.sqlite")
            }
            let office = try global.office(create: true)
            let path = global.databasePath
            Console.out(L("Membuat data contoh di \(path) ...", "Creating demo data in \(path) ..."))
            let batch = try office.makeDemo(size: DemoSize(seekers: seekers, employers: employers, vacancies: vacancies), seed: seed, casework: casework)
            let first = batch.seekers.first { !$0.needs.isEmpty && $0.status == .active } ?? batch.seekers[0]
            let number = Int(first.id.dropFirst()) ?? 1
            let vacancy = batch.vacancies[0]
            Console.out(L("""
                Selesai. Basis data contoh berisi \(batch.seekers.count) pencari kerja, \(batch.employers.count) pemberi kerja, \
                \(batch.workplaces.count) tempat kerja, dan \(batch.vacancies.count) lowongan. Semua nama dan nomor adalah rekaan.

                Perintah lain memakai basis data ini bila SETARA_DB=\(path) atau --db \(path).

                Yang bisa dicoba berikutnya:
                1. Lihat seorang pencari kerja: setara seeker show \(first.id)
                2. Daftar pencari kerja di DI Yogyakarta: setara seeker list --region 34
                3. Lihat sebuah lowongan: setara vacancy show \(vacancy.id)
                4. Cari akomodasi: setara catalog search "pembaca layar"
                5. Daftarkan pencari kerja baru dengan tanya-jawab: setara seeker add
                6. Impor berkas contoh: setara import examples/seekers.csv
                7. Ekspor ke CSV: setara export seekers --format csv --output pencari-kerja.csv
                8. Lowongan yang cocok untuk seorang pencari kerja, dengan alasannya: setara match seeker \(first.id) --explain
                9. Terminal suara, seperti yang didengar pencari kerja tunanetra: setara voice (tanpa kartu suara: \
                setara voice --speech wav:suara), lalu ketik nomor pendaftaran \(number) dan tekan Enter. Tombol H memberi bantuan.
                10. Pekerjaan kasus yang jatuh tempo hari ini: setara office list, lalu setara due --office KODE
                11. Laporan kantor: setara report outcomes --html laporan.html; kuota pemberi kerja: setara report quota --region 34
                12. Halaman web untuk pemberi kerja dan petugas: setara serve --demo, lalu buka http://127.0.0.1:8080
                Bantuan untuk setiap perintah: setara help, atau setara seeker --help.
                """, """
                Done. The demo database holds \(batch.seekers.count) seekers, \(batch.employers.count) employers, \
                \(batch.workplaces.count) workplaces and \(batch.vacancies.count) vacancies. Every name and number in it is fictional.

                Other commands use this database with SETARA_DB=\(path) or --db \(path).

                What to try next:
                1. See one seeker: setara seeker show \(first.id)
                2. List the seekers in DI Yogyakarta: setara seeker list --region 34
                3. See one vacancy: setara vacancy show \(vacancy.id)
                4. Search the accommodations: setara catalog search "screen reader"
                5. Register a new seeker, answering questions: setara seeker add
                6. Import an example file: setara import examples/seekers.csv
                7. Export to CSV: setara export seekers --format csv --output seekers.csv
                8. The vacancies that fit a seeker, with reasons: setara match seeker \(first.id) --explain
                9. The voice terminal, as a blind seeker hears it: setara voice --lang en (without a sound card: \
                setara voice --lang en --speech wav:speech), then type registration number \(number) and press Enter. H gives help.
                10. The casework due today: setara office list, then setara due --office CODE
                11. The office's report: setara report outcomes --html report.html; employers' quota: setara report quota --region 34
                12. The web pages for employers and officers: setara serve --demo, then open http://127.0.0.1:8080
                Help on any command: setara help, or setara seeker --help.
                """))
        }
    }
}
