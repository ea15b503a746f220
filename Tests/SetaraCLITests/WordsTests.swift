import Foundation
import Testing

@Suite("Officers' own words: names for codes, look-ups, Indonesian help (issue 13)", .serialized)
struct WordsTests {
    @Test("setara lookup finds a regency and a KBJI code by name, ranked, without a database")
    func lookup() throws {
        let w = try Workspace()
        var r = try w.run(["lookup", "regency", "bantul"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out == "3402 Kabupaten Bantul, Daerah Istimewa Yogyakarta\n")
        r = try w.run(["lookup", "kbji", "entri", "data"], lang: "id_ID.UTF-8")
        #expect(r.out.hasPrefix("4132 Petugas Entri Data (subgolongan)\n4132.01 Operator Entri Data (jabatan)\n"))
        r = try w.run(["lookup", "kbji", "4132.0", "--format", "csv"])
        #expect(r.out == "code,level,title\n4132.01,6,Operator Entri Data\n4132.02,6,Petugas Input Data\n4132.03,6,Petugas Entri Pembayaran\n")
        r = try w.run(["lookup", "regency", "atlantis"], lang: "id_ID.UTF-8")
        #expect(r.status == 65)
        #expect(r.err.contains("Tidak ada kabupaten/kota yang cocok dengan \"atlantis\"."))
    }

    @Test("Names are accepted where codes are asked; an ambiguous name lists the candidates; a code that does not exist is refused")
    func namesForCodes() throws {
        let w = try Workspace(database: true)
        var r = try w.run(["employer", "add", "--name", "PT Mitra", "--ownership", "private", "--headcount", "150", "--regency", "Bantul"])
        #expect(r.status == 0, "\(r.err)")
        r = try w.run(["employer", "show", "E00001"])
        #expect(r.out.contains("Kabupaten Bantul (3402)"))
        r = try w.run(["workplace", "add", "--employer", "E00001", "--name", "Kantor", "--regency", "Bandung"], lang: "id_ID.UTF-8")
        #expect(r.status == 65)
        #expect(r.err.contains("kabupaten_kota (regency): \"Bandung\" cocok dengan lebih dari satu: 3204 Kabupaten Bandung; 3273 Kota Bandung; tulis kodenya atau nama lengkapnya."))
        r = try w.run(["workplace", "add", "--employer", "E00001", "--name", "Kantor", "--regency", "3479"])
        #expect(r.status == 65)
        #expect(r.err.contains("regency: no regency or city has the code 3479"))
        r = try w.run(["workplace", "add", "--employer", "E00001", "--name", "Kantor", "--regency", "kota yogyakarta"])
        #expect(r.status == 0, "\(r.err)")
        r = try w.run(["vacancy", "add", "--workplace", "W00001", "--title", "Operator", "--kbji", "petugas entri data"])
        #expect(r.status == 0, "\(r.err)")
        r = try w.run(["vacancy", "show", "V000001"])
        #expect(r.out.contains("KBJI: 4132 Petugas Entri Data"))
        r = try w.run(["vacancy", "add", "--workplace", "W00001", "--title", "Operator", "--kbji", "4732"])
        #expect(r.status == 65)
        #expect(r.err.contains("kbji: KBJI 2014 has no unit group or job title 4732"))
    }

    @Test("A NIK of a man born 1990-03-12 is refused with female and 1991-01-01, naming both, in either language")
    func nikAgainstSexAndBirthDate() throws {
        let w = try Workspace(database: true)
        let args = ["seeker", "add", "--name", "Budi", "--nik", "3402011203900001", "--regency", "3402", "--education", "sma",
                    "--sex", "female", "--birth-date", "1991-01-01"]
        var r = try w.run(args)
        #expect(r.status == 65)
        #expect(r.err.contains("nik and sex disagree"))
        #expect(r.err.contains("nik and birth_date disagree"))
        #expect(!r.err.contains("3402011203900001"))
        r = try w.run(args, lang: "id_ID.UTF-8")
        #expect(r.err.contains("nik dan jenis kelamin (sex) tidak cocok"))
        #expect(try w.run(["info"]).out.contains("Seekers: 0"))
        r = try w.run(["seeker", "add", "--name", "Budi", "--nik", "3402011203900001", "--regency", "3402", "--education", "sma",
                       "--sex", "male", "--birth-date", "1990-03-12"])
        #expect(r.status == 0, "\(r.err)")
    }

    @Test("--lang before the subcommand is accepted; usage errors and the help layout are in Indonesian")
    func indonesianUsage() throws {
        let w = try Workspace(database: true)
        var r = try w.run(["--lang", "id", "seeker", "list"], lang: "C")
        #expect(r.status == 0, "\(r.err)")
        r = try w.run(["--lang", "id", "seeker", "list", "--frobnicate"], lang: "C")
        #expect(r.status == 64)
        #expect(r.err.contains("Galat: Opsi '--frobnicate' tidak dikenal"))
        #expect(r.err.contains("Penggunaan: setara seeker list"))
        #expect(!r.err.contains("Unknown option"))
        r = try w.run(["lookup", "kbji", "--help"], lang: "id_ID.UTF-8")
        #expect(r.out.contains("PENGGUNAAN: setara lookup kbji"))
        #expect(r.out.contains("OPSI:"))
        #expect(r.out.contains("(bawaan: 10)"))
        #expect(r.out.contains("Menampilkan bantuan ini."))
        #expect(!r.out.contains("USAGE:") && !r.out.contains("OPTIONS:") && !r.out.contains("default:"))
        r = try w.run(["lookup", "kbji"], lang: "id_ID.UTF-8")
        #expect(r.status == 64)
        #expect(r.err.contains("Argumen '<kata> ...' belum diberikan"), "\(r.err)")
        r = try w.run(["--lang=en", "seeker", "list", "--frobnicate"], lang: "id_ID.UTF-8")
        #expect(r.err.contains("Error: Unknown option '--frobnicate'"))
    }

    @Test("Indonesian words Setara prints are accepted back: swasta, pemerintah, perempuan, juru bahasa isyarat, pendengaran=0")
    func indonesianChoices() throws {
        let w = try Workspace(database: true)
        var r = try w.run(["employer", "add", "--name", "PT Mitra", "--ownership", "swasta", "--headcount", "150", "--regency", "Bantul"], lang: "id_ID.UTF-8")
        #expect(r.status == 0, "\(r.err)")
        r = try w.run(["employer", "add", "--name", "Dinas Sosial", "--ownership", "pemerintah", "--headcount", "80", "--regency", "Sleman"])
        #expect(r.status == 0, "\(r.err)")
        r = try w.run(["workplace", "add", "--employer", "E00001", "--name", "Kantor", "--regency", "bantul", "--feature", "pintu masuk tanpa tangga"])
        #expect(r.status == 0, "\(r.err)")
        r = try w.run(["seeker", "add", "--name", "Siti", "--nik", "3402015203900001", "--sex", "perempuan", "--birth-date", "1990-03-12",
                       "--regency", "Bantul", "--education", "sma", "--need", "juru bahasa isyarat", "--rating", "pendengaran=0", "--consent", "ya"])
        #expect(r.status == 0, "\(r.err)")
        r = try w.run(["seeker", "show", "S000001"], lang: "id_ID.UTF-8")
        #expect(r.out.contains("Jenis kelamin: perempuan"))
        #expect(r.out.contains("pendengaran: 0 dari 3 tanpa alat bantu"))
        #expect(r.out.contains("Kebutuhan akomodasi: juru bahasa isyarat"))
        r = try w.run(["employer", "show", "E00002"])
        #expect(r.out.contains("government"), "\(r.out)")
        r = try w.run(["workplace", "show", "W00001"])
        #expect(r.out.contains("step-free entrance"), "\(r.out)")
    }
}
