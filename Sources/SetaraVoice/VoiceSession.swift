import Foundation
import SetaraCatalog
import SetaraDomain
import SetaraSpeech
import SetaraStore

/// How a voice session is set up at an office.
public struct VoiceSessionOptions: Sendable {
    /// The language the session starts in (the seeker can switch with L).
    public var language: Language
    /// Headphones or a private room: names and answers may be spoken without asking (V11).
    public var privateAudio: Bool
    /// A kiosk: after one seeker finishes, start again for the next.
    public var kiosk: Bool
    /// Overrides of Voices/session.yaml (tests use short ones).
    public var timeLimitSeconds: Int?
    public var warningSeconds: Int?
    public var repromptSeconds: Int?

    public init(language: Language, privateAudio: Bool = false, kiosk: Bool = false,
                timeLimitSeconds: Int? = nil, warningSeconds: Int? = nil, repromptSeconds: Int? = nil) {
        self.language = language
        self.privateAudio = privateAudio
        self.kiosk = kiosk
        self.timeLimitSeconds = timeLimitSeconds
        self.warningSeconds = warningSeconds
        self.repromptSeconds = repromptSeconds
    }
}

/// The session a blind or low-vision seeker uses: it speaks at once, identifies the seeker,
/// and offers at most five choices at a time. Every key is a single key, the same everywhere;
/// any key interrupts speech. See docs/accessibility.md for the requirements behind each part.
public final class VoiceSession {
    /// Ways out of a screen, thrown so that every screen handles them the same way.
    enum Exit: Error { case back, home, quit, timeout, endOfInput, unavailable }

    /// What a screen is waiting on: its text (in the current language, so that switching
    /// language re-renders it), texts in the other language, and what the repeat key spells.
    struct Ask {
        var text: () -> String
        var others: () -> [(Language, String)] = { [] }
        var item: String?
        /// Said before the other languages' texts and `text` (the welcome, before the offer of
        /// the other language and the sign-in prompt).
        var lead: (() -> String)?

        init(text: @escaping () -> String, others: @escaping () -> [(Language, String)] = { [] }, item: String? = nil,
             lead: (() -> String)? = nil) {
            self.text = text
            self.others = others
            self.item = item
            self.lead = lead
        }

        /// Everything the screen says, in order, each part with the language that speaks it.
        func parts(_ language: Language) -> [(Language, String)] {
            guard let lead else { return [(language, text())] + others() }
            return [(language, lead())] + others() + [(language, text())]
        }
    }

    let options: VoiceSessionOptions
    let speaker: Speaker
    let input: KeyInput
    let desk: SeekerDesk
    private let settings: SessionSettings
    private var timeLimit: Int
    private let warning: Int
    private let reprompt: Int

    var seeker: Seeker?
    var privateAudio = false
    var notice: String?
    var cachedMatches: [SeekerDesk.Match]?
    var pendingProfile: ProfileQuestions.Answers?
    var pendingReferral: String?
    private var lastRepeatAt: UInt64 = 0
    private var paused = false
    /// What the main menu says first after M left a screen (that unfinished answers were kept).
    private var homeNotice: String?
    private var confirmingLeave = false

    func takeHomeNotice() -> String? {
        defer { homeNotice = nil }
        return homeNotice
    }

    /// Why the session could not go on, when the catalog it loads at the start failed; the
    /// command line reports it and exits with the data-error code.
    public private(set) var failure: (any Error)?

    public convenience init(options: VoiceSessionOptions, voices: Voices, store: any RecordStore, catalog: Catalog,
                            engine: any SpeechEngine, input: KeyInput, screen: Screen) {
        self.init(options: options, voices: voices, store: store, catalog: Deferred(ready: catalog),
                  engine: engine, input: input, screen: screen)
    }

    /// A session whose catalog may still be loading: the first words do not wait for it.
    public init(options: VoiceSessionOptions, voices: Voices, store: any RecordStore, catalog: Deferred<Catalog>,
                engine: any SpeechEngine, input: KeyInput, screen: Screen) {
        self.options = options
        self.speaker = Speaker(engine: engine, voices: voices, screen: screen, language: options.language)
        self.input = input
        self.desk = SeekerDesk(store: store, catalog: catalog)
        self.settings = voices.session
        self.timeLimit = options.timeLimitSeconds ?? voices.session.timeLimitSeconds
        self.warning = options.warningSeconds ?? voices.session.warningSeconds
        self.reprompt = options.repromptSeconds ?? voices.session.repromptSeconds
    }

    /// Runs sessions until the input ends, or once when not a kiosk.
    public func run() {
        while true {
            let exit = session()
            finishSpeaking()
            if exit == .endOfInput || exit == .unavailable || !options.kiosk { return }
            // The next person must not find the previous seeker's name or menu (issue 12, 4).
            speaker.screen.clear()
            reset()
        }
    }

    var timeLimitEnabled: Bool { timeLimit > 0 }

    /// Switches the time limit off, or back to the office's setting (V9).
    func toggleTimeLimit() {
        timeLimit = timeLimit > 0 ? 0 : max(options.timeLimitSeconds ?? settings.timeLimitSeconds, warning + 1)
    }

    private func reset() {
        speaker.reset(language: options.language)
        seeker = nil
        privateAudio = false
        notice = nil
        cachedMatches = nil
        pendingProfile = nil
        pendingReferral = nil
        homeNotice = nil
        paused = false
        lastRepeatAt = 0
        timeLimit = options.timeLimitSeconds ?? settings.timeLimitSeconds
    }

    /// One seeker's session, from the first words to goodbye.
    private func session() -> Exit {
        do {
            try identify()
            try mainMenu()
            return .quit
        } catch let exit as Exit {
            let kept = keepDraft() ? " " + speaker.text(.draftSaved) : ""
            switch exit {
            case .timeout:
                speaker.say(speaker.text(.timedOut) + kept + (seeker != nil ? " " + speaker.text(.goodbye) : ""))
            case .quit:
                // What was kept is said before goodbye, so that it is heard (issue 12, 8).
                speaker.say((kept.isEmpty ? "" : String(kept.dropFirst()) + " ") + speaker.text(.goodbye))
            case .unavailable:
                speaker.say(speaker.text(.unavailable))
            case .endOfInput, .back, .home:
                break
            }
            return exit
        } catch {
            speaker.say(speaker.text(.saveFailed))
            return .quit
        }
    }

    /// Keeps what the seeker was in the middle of, so that a timeout or quitting loses nothing (V9).
    private func keepDraft() -> Bool {
        guard let seeker else { return false }
        do {
            if let pendingProfile {
                let payload = String(decoding: try JSONEncoder().encode(pendingProfile), as: UTF8.self)
                try desk.store.saveDraft(seekerID: seeker.id, kind: "profile", payload: payload, at: Date())
                return true
            } else if let pendingReferral {
                try desk.store.saveDraft(seekerID: seeker.id, kind: "referral", payload: pendingReferral, at: Date())
                return true
            }
        } catch {
            return false
        }
        return false
    }

    /// Lets the last words be heard before the program ends or the next person starts; any key cuts it short.
    private func finishSpeaking() {
        let deadline = DispatchTime.now().uptimeNanoseconds + 30_000_000_000
        while speaker.engine.isSpeaking && DispatchTime.now().uptimeNanoseconds < deadline {
            switch input.next(timeout: 0.05) {
            case nil: continue
            case .end?: Thread.sleep(forTimeInterval: 0.05)  // no more keys will come: let it finish
            case _?: speaker.stop(); return
            }
        }
    }

    // MARK: Waiting for keys

    /// Waits for a key the screen acts on. Global keys (help, repeat, stop, pause, back, home,
    /// rate, volume, language, staff, quit) are handled here, the same on every screen.
    ///
    /// Silence is counted from the end of speech, never from its start, so that a seeker who waits
    /// hears every screen to its end at any rate (issue 12, V16): a short reprompt comes
    /// `reprompt_seconds` after the voice stops; the time limit counts only the seconds in which
    /// nothing is said, and after the spoken warning the session ends `warning_seconds` after that
    /// warning has been heard to its end (V9).
    func key(for ask: Ask, speakFirst: Bool = true) throws -> Key {
        if speakFirst { sayScreen(ask) }
        do {
            try desk.ready()
        } catch {
            failure = error
            throw Exit.unavailable
        }
        var clock = SilenceClock(now: DispatchTime.now().uptimeNanoseconds)
        var reprompts = 0
        var warned = false
        while true {
            let now = DispatchTime.now().uptimeNanoseconds
            let speaking = speaker.engine.isSpeaking && !paused
            clock.tick(now: now, speaking: speaking)
            var wait: Double?
            if speaking {
                wait = SilenceClock.pollWhileSpeaking
            } else {
                let quiet = clock.quietSeconds(now: now)
                if warned {
                    if quiet >= Double(warning) { throw Exit.timeout }
                    wait = Double(warning) - quiet
                } else if timeLimit > 0 && clock.silentSeconds >= Double(timeLimit - warning) {
                    warned = true
                    speaker.say(speaker.text(.timeWarning, ["seconds": String(warning)]))
                    continue
                } else if reprompts < 3 && quiet >= Double(reprompt) {
                    reprompts += 1
                    speaker.say(speaker.text(.reprompt))
                    continue
                } else {
                    if reprompts < 3 { wait = Double(reprompt) - quiet }
                    if timeLimit > 0 { wait = min(wait ?? .infinity, Double(timeLimit - warning) - clock.silentSeconds) }
                }
            }
            guard let key = input.next(timeout: wait.map { max(0.01, $0) }) else { continue }
            clock.restart(now: DispatchTime.now().uptimeNanoseconds)
            reprompts = 0
            if warned {
                // The key that answers the warning extends the time; it does not also act.
                warned = false
                speaker.say(speaker.text(.timeExtended) + " " + ask.text(), item: ask.item)
                continue
            }
            if paused && key != .character("p") && key != .character("P") { paused = false }
            // Only R straight after R spells: any other key in between starts again.
            if key != .character("r") && key != .character("R") { lastRepeatAt = 0 }
            switch key {
            case .end:
                throw Exit.endOfInput
            case .escape:
                speaker.stop()
                throw Exit.back
            case .other:
                speaker.say(speaker.text(.keyUnused))
            case .enter, .backspace:
                speaker.stop()
                return key
            case .character(let c):
                if try handleGlobal(c, ask) { continue }
                speaker.stop()
                return key
            }
        }
    }

    /// Speaks a screen: the notice left by the screen before, then the screen's own words.
    func sayScreen(_ ask: Ask) {
        let intro = notice
        notice = nil
        sayScreen(ask, after: intro)
    }

    /// The screen's words after a short text ("Kembali.", "Lanjut."), heard as one sentence run.
    func sayScreen(_ ask: Ask, after intro: String?) {
        let parts = ask.parts(speaker.language)
        guard let intro else {
            speaker.say(parts: parts, item: ask.item)
            return
        }
        if let first = parts.first, first.0 == speaker.language {
            speaker.say(parts: [(first.0, intro + " " + first.1)] + parts.dropFirst(), item: ask.item)
        } else {
            speaker.say(parts: [(speaker.language, intro)] + parts, item: ask.item)
        }
    }

    /// Acts on a global key; false when the key is not one.
    private func handleGlobal(_ c: Character, _ ask: Ask) throws -> Bool {
        switch c {
        case "h", "H":
            speaker.say(speaker.text(.help) + " " + ask.text() + " " + speaker.text(.keys))
        case "r", "R":
            // R repeats the screen's own prompt, not whatever was said last (a rate, an error);
            // a second press within the window spells the screen's item (V4, V14).
            let now = DispatchTime.now().uptimeNanoseconds
            if lastRepeatAt > 0 && now - lastRepeatAt < UInt64(settings.spellWindowMilliseconds) * 1_000_000 {
                speaker.spell(ask.item ?? ask.text())
                lastRepeatAt = 0
            } else {
                speaker.say(parts: ask.parts(speaker.language), item: ask.item)
                lastRepeatAt = now
            }
            return true
        case "s", "S":
            speaker.stop()
        case "p", "P":
            // The pause is spoken, and so is the resume, which says the screen again from its start.
            paused.toggle()
            if paused {
                speaker.say(speaker.text(.paused))
            } else {
                sayScreen(ask, after: speaker.text(.resumed))
            }
        case "b", "B":
            speaker.stop()
            throw Exit.back
        case "m", "M":
            speaker.stop()
            guard try leaveConfirmed() else {
                sayScreen(ask)
                break
            }
            homeNotice = keepDraft() ? speaker.text(.draftSaved) : nil
            pendingProfile = nil
            pendingReferral = nil
            throw Exit.home
        case "q", "Q", "\u{03}":
            speaker.stop()
            guard try leaveConfirmed() else {
                sayScreen(ask)
                break
            }
            throw Exit.quit
        case "=", "+":
            sayRate(by: settings.rateStep)
        case "-", "_":
            sayRate(by: -settings.rateStep)
        case "]":
            sayVolume(by: settings.volumeStep)
        case "[":
            sayVolume(by: -settings.volumeStep)
        case "l", "L":
            speaker.switchLanguage()
            sayScreen(ask, after: speaker.text(.languageNow))
        case "t", "T":
            speaker.say(speaker.text(.staff))
        default:
            return false
        }
        lastRepeatAt = 0
        return true
    }

    /// Says the new rate, and that it is the limit when it is (issue 12, 9).
    func sayRate(by delta: Int) {
        speaker.say(rateText(speaker.changeRate(by: delta), delta))
    }

    func rateText(_ rate: Int, _ delta: Int) -> String {
        let limit = delta > 0 ? VoiceParameters.rates.upperBound : VoiceParameters.rates.lowerBound
        guard rate == limit else { return speaker.text(.rateNow, ["rate": String(rate)]) }
        return speaker.text(delta > 0 ? .rateFastest : .rateSlowest, ["rate": String(rate)])
    }

    func sayVolume(by delta: Int) {
        speaker.say(volumeText(speaker.changeVolume(by: delta), delta))
    }

    func volumeText(_ volume: Int, _ delta: Int) -> String {
        let limit = delta > 0 ? VoiceParameters.volumes.upperBound : VoiceParameters.volumes.lowerBound
        guard volume == limit else { return speaker.text(.volumeNow, ["volume": String(volume)]) }
        return speaker.text(delta > 0 ? .volumeLoudest : .volumeSoftest, ["volume": String(volume)])
    }

    /// With answers not yet saved, M and Q ask first; the answers are then kept as a draft
    /// offered at the next session (issue 12, 8). True when the seeker may leave.
    private func leaveConfirmed() throws -> Bool {
        guard !confirmingLeave, pendingProfile != nil || pendingReferral != nil else { return true }
        confirmingLeave = true
        defer { confirmingLeave = false }
        do {
            return try menu({ [unowned self] in speaker.text(.leaveUnsaved) }, [.leaveKeep, .leaveStay]) == 1
        } catch Exit.back {
            return false
        }
    }

    /// A numbered menu of at most five options (V6); a digit acts at once, even mid-sentence.
    /// Its texts are prompt keys, re-rendered in the current language. `answers` are
    /// replies to a question ("no difficulty", "yes") rather than things to do, and are offered
    /// with their own phrase ("For yes, press 1").
    /// `tail` is read after the options (a vacancy's facts, heard after what can be done with it).
    func menu(_ title: @escaping () -> String, _ choices: [Prompt], answers: Bool = false, item: String? = nil,
              tail: (() -> String)? = nil, speakFirst: Bool = true) throws -> Int {
        precondition(choices.count <= 5, "menus have at most five options")
        let ask = Ask(text: { [unowned self] in
            let text = menuText(title(), choices.map { speaker.text($0) }, template: answers ? .answerOption : .option)
            return tail.map { text + " " + $0() } ?? text
        }, item: item)
        var speak = speakFirst
        while true {
            let key = try key(for: ask, speakFirst: speak)
            speak = false
            if case .character(let c) = key, let digit = c.wholeNumberValue, (1...choices.count).contains(digit) {
                return digit
            }
            speaker.say(speaker.text(.menuInvalid, ["key": describe(key), "count": String(choices.count)]))
        }
    }

    private func menuText(_ title: String, _ choices: [String], template: Prompt) -> String {
        ([title] + choices.enumerated().map { speaker.text(template, ["number": String($0.offset + 1), "option": $0.element]) })
            .joined(separator: " ")
    }

    /// Digits typed into a field, ended by Enter. A masked field is never spoken back (V11):
    /// each key gives a click, and the screen shows a star.
    func digits(_ ask: Ask, masked: Bool, maxLength: Int, speakFirst: Bool = true) throws -> String {
        var value = ""
        var speak = speakFirst
        while true {
            let key = try key(for: ask, speakFirst: speak)
            speak = false
            switch key {
            case .character(let c) where c.isASCII && c.isNumber:
                guard value.count < maxLength else {
                    speaker.say(speaker.text(.fieldFull, ["count": String(maxLength)]))
                    continue
                }
                value.append(c)
                speaker.screen.echo(masked ? "*" : String(c))
                if masked { speaker.engine.earcon(.key) } else if speaker.echo { speaker.echoKey(String(c)) }
            case .backspace:
                guard !value.isEmpty else { continue }
                value.removeLast()
                speaker.screen.echo(" " + speaker.text(.deleted) + " ")
                speaker.echoKey(speaker.text(.deleted))
            case .enter:
                return value
            default:
                speaker.say(speaker.text(.digitsOnly))
            }
        }
    }

    /// A key's name as the seeker hears it: Space and Tab by name, never a blank (issue 12, 9).
    private func describe(_ key: Key) -> String {
        switch key {
        case .character(" "): return speaker.text(.keySpace)
        case .character("\t"): return speaker.text(.keyTab)
        case .character(let c) where c.isLetter || c.isNumber || c.isPunctuation || c.isSymbol: return String(c)
        case .enter: return "Enter"
        case .backspace: return "Backspace"
        default: return speaker.text(.keyOther)
        }
    }
}

/// Counts silence for the reprompt and the time limit: time in which nothing is spoken. While
/// the voice speaks, it is polled every few milliseconds (a key still returns at once).
struct SilenceClock {
    static let pollWhileSpeaking = 0.05
    private var lastTick: UInt64
    /// When the voice last stopped, or the last key came.
    private var quietSince: UInt64
    /// Seconds without speech since the last key, for the time limit.
    private(set) var silentSeconds = 0.0

    init(now: UInt64) {
        lastTick = now
        quietSince = now
    }

    mutating func tick(now: UInt64, speaking: Bool) {
        if speaking {
            quietSince = now
        } else {
            silentSeconds += Double(now &- lastTick) / 1e9
        }
        lastTick = now
    }

    func quietSeconds(now: UInt64) -> Double { Double(now &- quietSince) / 1e9 }

    mutating func restart(now: UInt64) {
        self = SilenceClock(now: now)
    }
}
