// Why SameSide has its own CSV parser: reads the same generated Salesforce-style export with
// SameSideCore's byte-level CSVParser, yaslab/CSV.swift 2.5.2 (streaming) and swiftcsv/SwiftCSV
// 0.10.0 (whole file), one reader per process so peak memory is its own. Prints rows/s, MB/s, peak RSS.
//
// The import target is ≥ half of `sqlite3 .import` (~550k rows/s untyped here, so ≥ 275k rows/s
// for parsing, mapping and writing together) in ≤ 64 MB: a reader must parse far faster than that.
import CSV
import Foundation
import SameSideCore
import SwiftCSV

#if canImport(Glibc)
    import Glibc
#endif

let reader = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "sameside"
let rows = CommandLine.arguments.count > 2 ? Int(CommandLine.arguments[2]) ?? 300_000 : 300_000
let path = NSTemporaryDirectory() + "csv-readers-bench-\(rows).csv"

if !FileManager.default.fileExists(atPath: path) {
    var text = "Opportunity ID,Opportunity Name,Account ID,Account Name,Stage,Amount,Close Date,Owner,Next Step\r\n"
    for i in 0..<rows {
        text +=
            "006\(i),\"Deal \(i), renewal\",001\(i % 5000),Account \(i % 5000),Prospecting,\"$\(i % 90_000),000.00\","
            + "\(1 + i % 12)/\(1 + i % 28)/2027,Owner \(i % 40),\"Call back, then \"\"demo\"\"\"\r\n"
    }
    try text.write(toFile: path, atomically: true, encoding: .utf8)
}
let bytes = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0

let start = Date()
var records = 0
var fields = 0
switch reader {
case "sameside":
    var parser = CSVParser()
    let handle = FileHandle(forReadingAtPath: path)!
    while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
        try parser.feed(chunk) { record in
            records += 1
            for index in 0..<record.count { fields += record.field(index).utf8.count > 0 ? 1 : 0 }
        }
    }
    try parser.finish { _ in records += 1 }
case "csvswift":
    let csv = try CSVReader(stream: InputStream(fileAtPath: path)!, hasHeaderRow: false)
    while let row = csv.next() {
        records += 1
        fields += row.filter { !$0.isEmpty }.count
    }
case "swiftcsv":
    let csv = try CSV<Enumerated>(url: URL(fileURLWithPath: path), delimiter: .comma, loadColumns: false)
    records = csv.rows.count + 1
    fields = csv.rows.reduce(0) { $0 + $1.filter { !$0.isEmpty }.count }
default:
    print("readers: sameside | csvswift | swiftcsv")
    exit(2)
}
let seconds = Date().timeIntervalSince(start)
var usage = rusage()
getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
print(
    reader.padding(toLength: 9, withPad: " ", startingAt: 0)
        + String(
            format: " %8d records %9d fields %7.2f s %10.0f rows/s %7.1f MB/s %7.1f MB peak", records, fields,
            seconds, Double(records) / seconds, Double(bytes) / 1_048_576 / seconds, Double(usage.ru_maxrss) / 1024))
