import Foundation

/// Many small figures on one PNG (a gnuplot multiplot), e.g. one panel per element.
///
/// Panels fill rows left to right, top to bottom; each keeps its own title, labels, axes,
/// markers and key, drawn with the sheet's font size. Only the sheet's footnote is drawn, once,
/// at the bottom (panel footnotes are not). The canvas is `columns × panelSize.width`
/// wide and `rows × panelSize.height` high plus a title strip (and a footnote strip).
public struct SheetFigure: Sendable {
    /// File stem (same rules as `Figure.name`).
    public var name: String
    public var title: String
    public var panels: [Figure]
    public var columns: Int
    /// Size of one panel in pixels.
    public var panelSize: FigureSize
    /// Font size of every panel, in points.
    public var fontSize: Double
    /// Drawn small at the bottom of the sheet.
    public var footnote: String?

    public init(
        name: String, title: String, panels: [Figure], columns: Int,
        panelSize: FigureSize = FigureSize(width: 480, height: 360), fontSize: Double = 10,
        footnote: String? = nil
    ) {
        self.name = name
        self.title = title
        self.panels = panels
        self.columns = columns
        self.panelSize = panelSize
        self.fontSize = fontSize
        self.footnote = footnote
    }

    /// An overview sheet of `figures` in `columns` columns (e.g. ~70 element panels in 7 columns).
    public static func overview(
        name: String = "overview", title: String = "", figures: [Figure], columns: Int,
        panelSize: FigureSize = FigureSize(width: 480, height: 360), footnote: String? = nil
    ) -> SheetFigure {
        SheetFigure(
            name: name, title: title, panels: figures, columns: columns, panelSize: panelSize,
            footnote: footnote)
    }

    /// Checks the sheet and every panel; throws `PlotError` naming the sheet or the panel.
    ///
    /// Panels may not have a residual panel (a multiplot cannot nest).
    public func validate() throws {
        try Figure.validateName(name)
        guard !panels.isEmpty else {
            throw PlotError.invalidFigure(figure: name, field: "panels", found: "none", expected: "at least one panel")
        }
        guard columns >= 1 else {
            throw PlotError.invalidFigure(figure: name, field: "columns", found: "\(columns)", expected: "at least 1")
        }
        guard panelSize.width >= 100, panelSize.height >= 80 else {
            throw PlotError.invalidFigure(
                figure: name, field: "panelSize", found: "\(panelSize.width)×\(panelSize.height)",
                expected: "at least 100×80 pixels")
        }
        guard fontSize.isFinite, fontSize > 0 else {
            throw PlotError.invalidFigure(
                figure: name, field: "fontSize", found: "\(fontSize)", expected: "a positive size in points")
        }
        for panel in panels {
            var checked = panel
            checked.fontSize = fontSize
            try checked.validate()
            if panel.residual != nil {
                throw PlotError.invalidFigure(
                    figure: name, field: "panel '\(panel.name)'.residual", found: "a residual panel",
                    expected: "none (a sheet panel cannot hold sub-panels)")
            }
        }
    }
}
