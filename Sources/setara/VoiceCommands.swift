import ArgumentParser
import Foundation
import SetaraDomain
import SetaraSpeech
import SetaraVoice

extension SpeechTarget: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

/// The speech option both voice commands take.
struct SpeechOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        L("Ke mana suara pergi: device (kartu suara), wav:FOLDER, raw:BERKAS, log:BERKAS (catatan ucapan, tanpa suara) atau none.",
          "Where speech goes: device (the sound card), wav:FOLDER, raw:FILE, log:FILE (a speech log, no sound) or none."),
        valueName: "device|wav:DIR|raw:FILE|log:FILE|none"))
    var speech: SpeechTarget = .device

    func makeEngine() throws -> any SpeechEngine {
        do {
            return try speech.makeEngine()
        } catch {
            throw CLIError.io(speechMessage(error))
        }
    }
}

func speechMessage(_ error: SpeechError) -> String {
    switch error {
    case .noAudioDevice(let detail) where detail == "no-device":
        return L("Tidak ada perangkat suara di mesin ini: tidak ada kartu suara di /dev/snd dan tidak ada server PulseAudio atau PipeWire. "
                 + "Pakai --speech wav:FOLDER untuk menulis berkas WAV, --speech log:BERKAS untuk catatan ucapan, atau --speech none.",
                 "There is no sound device on this machine: no sound card in /dev/snd and no PulseAudio or PipeWire server. "
                 + "Use --speech wav:DIR to write WAV files, --speech log:FILE for a speech log, or --speech none.")
    case .noAudioDevice(let detail) where detail == "no-player":
        return L("Ada perangkat suara, tetapi tidak ada program pemutar: pasang alsa-utils (aplay) atau pulseaudio-utils (pacat), "
                 + "atau beri perintah pemutar di SETARA_AUDIO_PLAYER.",
                 "There is a sound device but no program to play on it: install alsa-utils (aplay) or pulseaudio-utils (pacat), "
                 + "or name a player command in SETARA_AUDIO_PLAYER.")
    case .noAudioDevice(let detail):
        return L("Program pemutar suara tidak ditemukan: \(detail).", "The sound player was not found: \(detail).")
    case .libraryUnavailable:
        return L("eSpeak NG tidak dapat dimulai: pustakanya (libespeak-ng1) atau data suaranya (espeak-ng-data) tidak ada. Pasang kedua paket itu.",
                 "eSpeak NG cannot start: its library (libespeak-ng1) or its voice data (espeak-ng-data) is missing. Install both packages.")
    case .voiceUnavailable(let voice):
        return L("Suara eSpeak NG \"\(voice)\" tidak ada. Periksa espeak_voice di Voices/, misalnya id atau en.",
                 "The eSpeak NG voice \"\(voice)\" does not exist. Check espeak_voice in Voices/, for example id or en.")
    case .synthesisFailed(let code):
        return L("eSpeak NG gagal berbicara (kode \(code)).", "eSpeak NG failed to speak (code \(code)).")
    case .cannotWrite(let path):
        return L("Tidak dapat menulis \(path); periksa folder dan izinnya.", "Cannot write \(path); check the folder and its permissions.")
    }
}

/// The Voices/ folder of this run, or a data error listing every problem in it.
func loadVoices() throws -> Voices {
    let folder = Voices.defaultFolder()
    do {
        return try Voices.load(folder: folder)
    } catch {
        throw CLIError.data(L("Folder suara \(folder.path) bermasalah:\n", "The voices folder \(folder.path) has problems:\n")
                            + error.errors.map { $0.message(language) }.joined(separator: "\n"))
    }
}

struct SayCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "say", abstract: L("Mengucapkan sebuah teks dengan eSpeak NG, setelah dinormalkan.",
                                                              "Speaks a text through eSpeak NG, after normalisation."),
                             discussion: L("Contoh: setara say --lang id \"Gaji Rp 4.500.000, mulai 17/08/2025\" --print",
                                           "Example: setara say --lang en \"Wage Rp 4.500.000, from 17/08/2025\" --print"))
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var speech: SpeechOptions
    @Flag(name: .long, help: ArgumentHelp(L("Tulis ke keluaran standar teks yang akan diberikan ke eSpeak, tanpa berbicara.",
                                            "Write to standard output the text that would be handed to eSpeak, instead of speaking.")))
    var print = false
    @Argument(help: ArgumentHelp(L("Teks yang diucapkan.", "The text to speak."))) var text: [String]

    func run() throws {
        try runReportingErrors {
            let voices = try loadVoices()
            let pack = voices.pack(language)
            let spoken = pack.normalizer.normalize(text.joined(separator: " "))
            if print {
                Console.out(spoken)
                return
            }
            try speech.say(spoken, pack: pack)
        }
    }
}

extension SpeechOptions {
    /// Speaks normalised text once through the engine these options choose, waiting until it has
    /// been heard when it goes to the sound card.
    func say(_ spoken: String, pack: VoicePack) throws {
        let engine = try makeEngine()
        let utterance = Utterance(text: spoken, language: language, voice: pack.settings.parameters)
        if let espeak = engine as? EspeakEngine {
            do {
                try espeak.speakAndWait(utterance)
            } catch {
                throw CLIError.io(speechMessage(error))
            }
        } else {
            engine.speak(utterance)
        }
    }
}

struct VoiceCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "voice",
            abstract: L("Terminal suara untuk pencari kerja tunanetra dan low vision.", "The voice terminal for blind and low-vision seekers."),
            discussion: L("""
                Berbicara sejak awal. Tombol di semua layar: H bantuan, R ulangi (dua kali: eja), S diam, P jeda, B kembali, \
                M menu utama, = dan - kecepatan, ] dan [ volume, L bahasa, T petugas, Q selesai. \
                Tanpa kartu suara: --speech wav:FOLDER atau --speech log:BERKAS.
                """, """
                Speaks from the start. Keys on every screen: H help, R repeat (twice: spell), S stop, P pause, B back, \
                M main menu, = and - rate, ] and [ volume, L language, T staff, Q finish. \
                Without a sound card: --speech wav:DIR or --speech log:FILE.
                """))
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var speech: SpeechOptions
    @Flag(name: .long, help: ArgumentHelp(L("Suara hanya terdengar oleh pencari kerja (headphone): nama dan jawaban boleh diucapkan tanpa bertanya.",
                                            "Only the seeker hears the voice (headphones): names and answers may be spoken without asking.")))
    var privateAudio = false
    @Flag(name: .long, help: ArgumentHelp(L("Mode kios: setelah satu sesi selesai, mulai lagi untuk orang berikutnya.",
                                            "Kiosk mode: when one session ends, start again for the next person.")))
    var kiosk = false
    @Option(name: .long, help: ArgumentHelp(L("Detik tanpa tombol sebelum sesi berakhir (0: tanpa batas). Bawaan: Voices/session.yaml.",
                                              "Seconds without a key before the session ends (0: no limit). Default: Voices/session.yaml."),
                                            valueName: "seconds"))
    var timeLimit: Int?
    @Option(name: .long, help: ArgumentHelp(L("Detik sebelum batas waktu saat peringatan diucapkan.", "Seconds before the limit at which the warning is spoken."),
                                            valueName: "seconds"))
    var warning: Int?
    @Option(name: .long, help: ArgumentHelp(L("Detik hening sebelum pertanyaan diulang dengan petunjuk.", "Seconds of silence before the prompt is repeated with a hint."),
                                            valueName: "seconds"))
    var reprompt: Int?
    @Flag(name: .long, help: ArgumentHelp(L("Hanya memeriksa folder Voices/ dan melaporkan masalahnya.", "Only check the Voices/ folder and report its problems.")))
    var check = false

    func validate() throws {
        if let timeLimit, timeLimit < 0 {
            throw ValidationError(L("--time-limit harus 0 atau lebih; Anda memberi \(timeLimit).", "--time-limit must be 0 or more; you gave \(timeLimit)."))
        }
        if let warning, warning < 1 {
            throw ValidationError(L("--warning harus 1 atau lebih; Anda memberi \(warning).", "--warning must be 1 or more; you gave \(warning)."))
        }
        if let reprompt, reprompt < 1 {
            throw ValidationError(L("--reprompt harus 1 atau lebih; Anda memberi \(reprompt).", "--reprompt must be 1 or more; you gave \(reprompt)."))
        }
        if let timeLimit, let warning, timeLimit > 0, warning >= timeLimit {
            throw ValidationError(L("--warning (\(warning)) harus lebih kecil dari --time-limit (\(timeLimit)).",
                                    "--warning (\(warning)) must be less than --time-limit (\(timeLimit))."))
        }
    }

    func run() throws {
        try runReportingErrors {
            let voices = try loadVoices()
            let problems = PromptCheck.problems(voices)
            if check || !problems.isEmpty {
                guard problems.isEmpty else {
                    throw CLIError.data(L("Folder suara \(voices.folder.path) bermasalah:\n", "The voices folder \(voices.folder.path) has problems:\n")
                                        + problems.map { $0.message(language) }.joined(separator: "\n"))
                }
                Console.out(L("Folder suara \(voices.folder.path) lengkap: \(Prompt.allCases.count) kalimat dalam 2 bahasa.",
                              "The voices folder \(voices.folder.path) is complete: \(Prompt.allCases.count) texts in 2 languages."))
                return
            }
            // The catalog is read while the first words are spoken; the session waits for it
            // before the first key, and a broken catalog ends the session with its errors.
            let catalog = Deferred { try loadCatalog() }
            let store = try global.openStore()
            let engine = try speech.makeEngine()
            signal(SIGPIPE, SIG_IGN)
            let input = KeyInput(fd: 0)
            defer { input.restore() }
            // Indonesian first unless the office's Voices/session.yaml says otherwise, whatever
            // LANG is; only --lang changes it for one run.
            let first = global.lang.flatMap { Language(rawValue: $0.lowercased()) } ?? voices.session.language
            let options = VoiceSessionOptions(language: first, privateAudio: privateAudio, kiosk: kiosk,
                                              timeLimitSeconds: timeLimit, warningSeconds: warning, repromptSeconds: reprompt)
            let session = VoiceSession(options: options, voices: voices, store: store, catalog: catalog, engine: engine,
                                       input: input, screen: Screen(fd: 1))
            session.run()
            if let failure = session.failure { throw failure }
        }
    }
}
