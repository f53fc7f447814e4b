import Foundation
import Testing

/// `micrograd run --html`: one self-contained page, rendered by headless
/// Chromium (Debian's `chromium`, which `make chromium` installs and
/// `make test` asks for). Skipped only when Chromium is absent outside CI;
/// under CI=true it runs, and fails if Chromium is missing.
@Suite("Handout")
struct HandoutTests {
    static let chromium: String? = ["/usr/bin/chromium", "/usr/local/bin/chromium"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }
    static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"

    /// Runs Chromium headless on `page` with `arguments`; its standard output.
    static func chromium(_ arguments: [String], page: URL, profile: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(chromium, "chromium is not installed: make chromium"))
        // --no-sandbox: CI runs as root, where Chromium's sandbox will not start.
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                             "--user-data-dir=\(profile.path)"] + arguments + [page.absoluteString]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self)
    }

    /// The page of examples/lecture.mg: no script, nothing fetched, every
    /// input, its tables as tables and its `:draw` as an inline SVG.
    @Test func lecturePage() throws {
        let result = try Binary.run(["run", "--html", "examples/lecture.mg"])
        #expect(result.status == 0, "\(result.stderr)")
        let html = result.stdout
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script") && !html.contains("http://www.w3.org/2000/svg\" href") && !html.contains("src="))
        for input in ["a = 2", "L = d*f", ":explain L", ":draw L"] { #expect(html.contains(input), "\(input)") }
        #expect(html.contains("<table>\n<tr><th>node</th><th>op</th><th>data</th><th>grad</th></tr>"))
        #expect(html.components(separatedBy: "<svg").count == 2)
        #expect(!html.contains("╔"), "the :draw is a picture, not box characters")
    }

    @Test(
        "headless Chromium renders the handout: a picture that is not blank, the SVG in the DOM",
        .enabled(if: HandoutTests.chromium != nil || HandoutTests.isCI, "chromium is not installed (make chromium)"))
    func rendersInChromium() throws {
        let folder = Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("handout.html")
        try Binary.run(["run", "--html", "examples/lecture.mg"]).stdout.write(to: page, atomically: true, encoding: .utf8)
        let profile = folder.appendingPathComponent("profile")
        let shot = folder.appendingPathComponent("handout.png")
        _ = try Self.chromium(["--screenshot=\(shot.path)", "--window-size=1000,1400"], page: page, profile: profile)
        let png = try Data(contentsOf: shot)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        // IHDR: 1000 × 1400.
        let size = png.subdata(in: 16..<24).map { UInt32($0) }
        #expect((size[0] << 24 | size[1] << 16 | size[2] << 8 | size[3], size[4] << 24 | size[5] << 16 | size[6] << 8 | size[7]) == (1000, 1400))
        // A blank page of this size compresses to about 7 KB (measured with
        // an empty <body>); the handout's text, tables and picture to ~100 KB.
        #expect(png.count > 30_000, "\(png.count) bytes: the screenshot looks blank")
        let dom = try Self.chromium(["--dump-dom"], page: page, profile: profile)
        #expect(dom.components(separatedBy: "<svg").count == 2, "\(dom.prefix(400))")
        for text in ["data -8", "grad 6", "data 10"] { #expect(dom.contains(">\(text)<"), "\(text)") }
        #expect(dom.contains("<table>"))
    }
}
