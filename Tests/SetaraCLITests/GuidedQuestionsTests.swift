import Foundation
import Testing

/// `setara seeker add` and `setara vacancy add` run at a terminal (tmux) in Indonesian, answered
/// line by line as a placement officer types: one wrong answer, one "kembali", and the saved
/// record read back with `show`.
@Suite("Guided questions at a terminal", .serialized)
struct GuidedQuestionsTests {
    /// Starts `setara` with these arguments in a terminal of its own, in Indonesian.
    func terminal(_ w: Workspace, _ arguments: [String]) throws -> TmuxTerminal {
        try TmuxTerminal([try setaraBinary().path] + arguments,
                         environment: ["SETARA_DB": w.db, "SETARA_CATALOG": root.appendingPathComponent("Accommodations").path,
                                       "LANG": "id_ID.UTF-8", "SETARA_OFFICER": "petugas.bantul"],
                         exitFile: w.folder.appendingPathComponent("exit-\(UUID().uuidString.prefix(6))").path)
    }

    /// Answers the question numbered `number` once it is on the screen.
    func answer(_ t: TmuxTerminal, _ number: Int, _ text: String) throws {
        try t.waitForScreen(containing: "(\(number)/")
        try t.line(text)
    }

    @Test("seeker add asks every field, the Washington Group questions and their follow-ups; a wrong NIK is asked again, kembali goes back")
    func seeker() throws {
        let w = try Workspace(database: true)
        let t = try terminal(w, ["seeker", "add"])
        try t.waitForScreen(containing: "Pendaftaran pencari kerja")
        try answer(t, 1, "Siti Rahayu")
        // A NIK five digits short: refused with what is expected, and asked again.
        try answer(t, 2, "34020152039")
        try t.waitForScreen(containing: "harus 16 angka")
        try t.line("3402015203900001")
        try answer(t, 3, "Bantul")
        try t.waitForScreen(containing: "3402")
        try answer(t, 4, "SMK")
        try answer(t, 5, "perempuan")
        // Back from the birth date to the sex, which is shown as answered and kept with Enter.
        try answer(t, 6, "kembali")
        try t.waitForScreen(containing: "sekarang: perempuan")
        try t.line("")
        try t.waitForScreen(containing: "Tanggal lahir")
        try t.line("1990-03-12")
        try answer(t, 7, "0812 3456 7890")
        try answer(t, 8, "")
        try answer(t, 9, "Jl. Parangtritis 10")
        try answer(t, 10, "menjahit; Microsoft Excel")
        try answer(t, 11, "4132")
        try answer(t, 12, "Indonesia; Jawa")
        try answer(t, 13, "40")
        try answer(t, 14, "tidak")
        try answer(t, 15, "ya")
        try answer(t, 16, "Rp 3.000.000")
        // Seeing: a lot of difficulty, then the follow-up on what helps.
        try answer(t, 17, "banyak kesulitan")
        try t.waitForScreen(containing: "Untuk kesulitan melihat")
        try t.line("1, 3")
        // Hearing, walking, remembering, self-care, communicating: no difficulty (no follow-ups).
        for number in [19, 21, 23, 25, 27] { try answer(t, number, "1") }
        try answer(t, 29, "")           // other needs
        try answer(t, 30, "mengemudi")  // a safety restriction
        try answer(t, 31, "ya")         // consent
        try answer(t, 32, "")           // category: not recorded
        try t.waitForScreen(containing: "Pencari kerja S000001 terdaftar", timeout: 15)
        #expect(t.exitStatus() == 0)

        let shown = try w.run(["seeker", "show", "S000001", "--format", "json"], lang: "id_ID.UTF-8")
        #expect(shown.status == 0, "\(shown.err)")
        let record = try #require(try JSONSerialization.jsonObject(with: Data(shown.out.utf8)) as? [String: Any])
        let seeker = try #require((record["seekers"] as? [[String: Any]])?.first ?? (record as [String: Any]?))
        #expect(seeker["name"] as? String == "Siti Rahayu")
        #expect(seeker["nik"] as? String == "3402015203900001")
        #expect(seeker["sex"] as? String == "female")
        #expect(seeker["birth_date"] as? String == "1990-03-12")
        #expect(seeker["regency"] as? String == "3402")
        #expect(seeker["education"] as? String == "smk")
        #expect((seeker["preferred_occupations"] as? [String]) == ["4132"])
        #expect((seeker["skills"] as? [String]) == ["menjahit", "Microsoft Excel"])
        #expect((seeker["needs"] as? [String]) == ["screen_reader_systems", "accessible_documents"])
        #expect((seeker["safety_restrictions"] as? [String]) == ["driving"])
        #expect(seeker["wants_remote"] as? Bool == true || seeker["wants_remote"] as? String == "yes")
        // "A lot of difficulty" seeing: level 1 of 0...3 on near and far vision, from the Washington Group questions.
        let profile = try #require(seeker["profile"] as? [String: Any])
        let near = try #require(profile["near_vision"] as? [String: Any])
        #expect(near["with_aids"] as? Int == 1)
        #expect(near["source"] as? String == "washington_group")
        let hearing = try #require(profile["hearing"] as? [String: Any])
        #expect(hearing["with_aids"] as? Int == 3)
    }

    @Test("vacancy add asks the job's demands in plain words, wage, hours and closing date; an unknown workplace is asked again, kembali goes back")
    func vacancy() throws {
        let w = try Workspace(database: true)
        #expect(try w.run(["employer", "add", "--name", "PT Maju", "--ownership", "swasta", "--headcount", "120",
                           "--employees-with-disabilities", "1", "--regency", "Bantul"]).status == 0)
        #expect(try w.run(["workplace", "add", "--employer", "E00001", "--name", "Kantor pusat", "--regency", "Bantul",
                           "--feature", "step_free_entrance"]).status == 0)
        let t = try terminal(w, ["vacancy", "add"])
        try t.waitForScreen(containing: "Pemasangan lowongan")
        // A workplace that does not exist: refused, named, and asked again.
        try answer(t, 1, "W00009")
        try t.waitForScreen(containing: "W00009, yang tidak ada")
        try t.line("w00001")
        try answer(t, 2, "Operator entri data")
        try answer(t, 3, "petugas entri data")
        try answer(t, 4, "2")
        try answer(t, 5, "SMA")
        try answer(t, 6, "40")
        try answer(t, 7, "3000000")
        // Back from the highest wage to the lowest, which is corrected.
        try answer(t, 8, "kembali")
        try t.waitForScreen(containing: "sekarang: 3000000")
        try t.line("3100000")
        try t.waitForScreen(containing: "Upah tertinggi")
        try t.line("3500000")
        try answer(t, 9, "2099-06-30")
        try answer(t, 10, "tidak")
        try answer(t, 11, "")
        try answer(t, 12, "")
        // The demands: lifting first, in the catalog's words.
        try t.waitForScreen(containing: "Seberapa banyak pekerjaan ini menuntut mengangkat dan membawa barang?")
        #expect(t.screen.contains("1 sampai 5 kg / 2 sampai 10 kg"))
        try t.line("sampai 10 kg")
        // sitting ... near vision: sitting all day, near vision all day, the rest Enter (the lowest level).
        try answer(t, 14, "sepanjang hari")
        for number in 15...21 { try answer(t, number, "") }
        try answer(t, 22, "4")
        for number in 23...40 { try answer(t, number, "") }
        try t.waitForScreen(containing: "Lowongan V000001 dipasang", timeout: 15)
        #expect(t.exitStatus() == 0)

        let shown = try w.run(["vacancy", "show", "V000001", "--format", "json"], lang: "id_ID.UTF-8")
        #expect(shown.status == 0, "\(shown.err)")
        let record = try #require(try JSONSerialization.jsonObject(with: Data(shown.out.utf8)) as? [String: Any])
        let vacancy = try #require((record["vacancies"] as? [[String: Any]])?.first ?? (record as [String: Any]?))
        #expect(vacancy["workplace"] as? String == "W00001")
        #expect(vacancy["kbji"] as? String == "4132.01" || vacancy["kbji"] as? String == "4132")
        #expect(vacancy["openings"] as? Int == 2)
        #expect(vacancy["min_education"] as? String == "sma")
        #expect(vacancy["wage_min"] as? Int == 3_100_000)
        #expect(vacancy["wage_max"] as? Int == 3_500_000)
        #expect(vacancy["closes_on"] as? String == "2099-06-30")
        let demands = try #require(vacancy["demands"] as? [String: Any])
        #expect(demands["lifting"] as? Int == 1)
        #expect(demands["sitting"] as? Int == 3)
        #expect(demands["near_vision"] as? Int == 3)
        #expect(demands["hearing"] == nil || demands["hearing"] as? Int == 0)

        // The text form names the demands in words.
        let text = try w.run(["vacancy", "show", "V000001"], lang: "id_ID.UTF-8")
        #expect(text.out.contains("Operator entri data"))
    }
}
