using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Registry.Execution.Access.Html;

/// <summary>
/// Writes the few HTML shapes the document needs. Every piece of text goes through the HTML encoder; markup is only
/// ever the fixed tags written here, so a stored value such as <c>&lt;script&gt;</c> can only ever show as text.
/// </summary>
internal sealed class HtmlWriter
{
    // Letters such as ä stay as they are; <, >, &, quotes and control characters are encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _html = new();

    public static string Encode(string? text) => Encoder.Encode(text ?? string.Empty);

    public HtmlWriter Raw(string markup)
    {
        _html.Append(markup);
        return this;
    }

    public HtmlWriter Element(string tag, string? text, string? id = null)
    {
        _html.Append('<').Append(tag);
        if (id is not null)
        {
            _html.Append(" id=\"").Append(Encode(id)).Append('"');
        }

        _html.Append('>').Append(Encode(text)).Append("</").Append(tag).Append(">\n");
        return this;
    }

    public HtmlWriter Section(string id, string heading, Action<HtmlWriter> body)
    {
        _html.Append("<section id=\"").Append(Encode(id)).Append("\">\n");
        Element("h2", heading);
        body(this);
        _html.Append("</section>\n");
        return this;
    }

    public HtmlWriter List(IEnumerable<string> items)
    {
        _html.Append("<ul>\n");
        foreach (var item in items)
        {
            Element("li", item);
        }

        _html.Append("</ul>\n");
        return this;
    }

    public HtmlWriter Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string?>> rows)
    {
        _html.Append("<table>\n<thead><tr>");
        foreach (var header in headers)
        {
            _html.Append("<th>").Append(Encode(header)).Append("</th>");
        }

        _html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            _html.Append("<tr>");
            foreach (var cell in row)
            {
                _html.Append("<td>").Append(Encode(cell)).Append("</td>");
            }

            _html.Append("</tr>\n");
        }

        _html.Append("</tbody>\n</table>\n");
        return this;
    }

    public override string ToString() => _html.ToString();
}
