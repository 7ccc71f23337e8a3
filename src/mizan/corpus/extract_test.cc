// Mizan — governance gateway for language models.

#include "mizan/corpus/extract.h"

#include <sstream>

#include <gtest/gtest.h>

#include "tests/support/temp_dir.h"

namespace mizan::corpus {
namespace {

// Builds a minimal one-page PDF (Helvetica, one text line per entry) with a correct
// cross-reference table; `extra_trailer` lets a test add an /Encrypt dictionary.
std::string MakePdf(const std::vector<std::string>& lines, const std::string& extra_objects = "",
                    const std::string& extra_trailer = "", int extra_count = 0) {
  std::string stream = "BT /F1 12 Tf 72 720 Td 14 TL\n";
  for (const std::string& line : lines) {
    stream += "(" + line + ") Tj T*\n";
  }
  stream += "ET\n";
  std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
      "/Resources << /Font << /F1 5 0 R >> >> >>",
      "<< /Length " + std::to_string(stream.size()) + " >>\nstream\n" + stream + "endstream",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
  if (!extra_objects.empty()) {
    objects.push_back(extra_objects);
  }
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t offset : offsets) {
    char entry[32];
    std::snprintf(entry, sizeof(entry), "%010zu 00000 n \n", offset);
    pdf += entry;
  }
  (void)extra_count;
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R " +
         extra_trailer + " >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

TEST(ExtractTest, PlainTextKeepsLinesAndHashesBytes) {
  auto doc = ExtractBytes("note.txt", "Article 1\nTexte.\n");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->media_type, "text/plain");
  EXPECT_EQ(doc->text, "Article 1\nTexte.\n");
  EXPECT_EQ(doc->sha256.size(), 64u);
}

TEST(ExtractTest, MarkdownFrontMatterBecomesMetadata) {
  auto doc = ExtractBytes("cnie.md",
                          "---\ntitle: \"Renouveler la CNIE\"\nlang: fr\n"
                          "source_url: https://www.cnie.ma\n---\n# Titre\n\nCorps.\n");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->title, "Renouveler la CNIE");
  EXPECT_EQ(doc->metadata.at("lang"), "fr");
  EXPECT_EQ(doc->metadata.at("source_url"), "https://www.cnie.ma");
  EXPECT_EQ(doc->text, "# Titre\n\nCorps.\n");
}

TEST(ExtractTest, BrokenFrontMatterIsRefusedWithItsLine) {
  auto unclosed = ExtractBytes("a.md", "---\ntitle: x\nbody\n");
  ASSERT_FALSE(unclosed.ok());
  EXPECT_NE(unclosed.status().message().find("never closed"), std::string::npos);
  auto nested = ExtractBytes("b.md", "---\ntitle: x\ntags: [a, b]\n---\ntext\n");
  ASSERT_FALSE(nested.ok());
  EXPECT_NE(nested.status().message().find("line 3"), std::string::npos)
      << nested.status().message();
}

TEST(ExtractTest, HtmlDropsScriptsAndKeepsHeadings) {
  auto doc = ExtractBytes("page.html",
                          "<html><head><title>Portail</title><script>var x=1;</script></head>"
                          "<body><h1>Droits</h1><p>Le droit <b>d'accès</b>.</p>"
                          "<p>Second paragraphe.</p></body></html>");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->title, "Portail");
  EXPECT_EQ(doc->text.find("var x"), std::string::npos);
  EXPECT_NE(doc->text.find("# Droits"), std::string::npos);
  EXPECT_NE(doc->text.find("Le droit d'accès."), std::string::npos);
}

TEST(ExtractTest, PdfTextIsExtracted) {
  auto doc = ExtractBytes("loi.pdf",
                          MakePdf({"Article 1", "Objet de la loi.", "Article 2", "Definitions."}));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->media_type, "application/pdf");
  EXPECT_NE(doc->text.find("Objet de la loi."), std::string::npos) << doc->text;
  EXPECT_NE(doc->text.find("Article 2"), std::string::npos);
}

TEST(ExtractTest, EncryptedPdfIsRefused) {
  std::string filler(64, 'A');
  std::string encrypt =
      "<< /Filter /Standard /V 1 /R 2 /O <" + filler + "> /U <" + filler + "> /P -4 >>";
  std::string id =
      "/Encrypt 6 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> "
      "<0123456789ABCDEF0123456789ABCDEF>]";
  auto doc = ExtractBytes("secret.pdf", MakePdf({"Article 1"}, encrypt, id));
  ASSERT_FALSE(doc.ok());
  EXPECT_NE(doc.status().message().find("encrypted"), std::string::npos) << doc.status().message();
}

TEST(ExtractTest, GarbagePdfIsRefused) {
  auto doc = ExtractBytes("broken.pdf", "%PDF-1.4\nthis is not really a pdf");
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(doc.status().message().find("broken.pdf"), std::string::npos);
}

TEST(ExtractTest, InvalidUtf8NamesTheOffset) {
  auto doc = ExtractBytes("bad.txt", std::string("abc\xff\xfe", 5));
  ASSERT_FALSE(doc.ok());
  EXPECT_NE(doc.status().message().find("offset 3"), std::string::npos) << doc.status().message();
}

TEST(ExtractTest, UnknownTypeAndEmptyFilesAreRefused) {
  auto docx = ExtractBytes("report.docx", "PK...");
  ASSERT_FALSE(docx.ok());
  EXPECT_NE(docx.status().message().find("unknown file type '.docx'"), std::string::npos);
  EXPECT_FALSE(ExtractBytes("empty.txt", "  \n ").ok());
}

TEST(ExtractTest, CleanTextDropsBomAndControlCharacters) {
  std::string raw =
      "\xEF\xBB\xBF"
      "Article 1\r\nTexte";
  raw += '\0';
  raw +=
      " ici\x1b"
      "[31m\rfin";
  EXPECT_EQ(CleanText(raw), "Article 1\nTexte  ici [31m\nfin");
}

TEST(ExtractTest, FrontMatterWithBomAndUnknownKeys) {
  auto bom = ExtractBytes("a.md", "\xEF\xBB\xBF---\nlang: fr\n---\nTexte.\n");
  ASSERT_TRUE(bom.ok()) << bom.status().ToString();
  EXPECT_EQ(bom->metadata.at("lang"), "fr");
  auto unknown = ExtractBytes("b.md", "---\nlang: fr\nauthor: X\n---\nTexte.\n");
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.status().message().find("line 3: unknown key"), std::string::npos)
      << unknown.status().message();
}

TEST(ExtractTest, ExtractFileReadsFromDisk) {
  testing::TempDir dir;
  auto path = dir.Write("doc.txt", "Bonjour.");
  auto doc = ExtractFile(path);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->text, "Bonjour.");
  EXPECT_EQ(ExtractFile(dir.File("absent.txt")).status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace mizan::corpus
