// Feeds read by libxml2: sloppy feeds, RSS 1.0, declared charsets and hostile XML.
#include "read/feeds.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "read/inputs.h"

namespace chorus {
namespace {

constexpr std::string_view kLong =
    " The regional council said on Monday that repairs would take three more weeks, and that "
    "the ferry would run every twenty minutes until the work was finished.";

std::string AllText(const ReadResult& r) {
  std::string all;
  for (const Document& d : r.docs) all += d.title.value_or("") + "\n" + d.text + "\n";
  return all;
}

TEST(Feeds, SloppyRssKeepsTextAroundHtmlEntitiesAndStrayAmpersands) {
  // HTML entities, stray '&', an undeclared dc: prefix and an unclosed element.
  const std::string rss =
      "<rss version=\"2.0\"><channel><title>Valley&nbsp;Courier</title><item>"
      "<title>AT&T and M&amp;S sign&nbsp;deal</title>"
      "<link>https://courier.example/news?id=7&page=2</link>"
      "<dc:creator>Mira Okafor</dc:creator><pubDate>Tue, 05 Mar 2024 07:30:00 GMT</pubDate>"
      "<description>Caf&eacute; owners &mdash; and AT&T &#8212; welcomed it &amp; more." +
      std::string(kLong) + " <b>unclosed</description></item></channel></rss>";
  const ReadResult r = ReadInputBytes(rss, "sloppy.rss");
  ASSERT_TRUE(r.errors.empty()) << r.errors[0].message;
  ASSERT_EQ(r.docs.size(), 1u);
  const Document& d = r.docs[0];
  EXPECT_EQ(d.title, "AT&T and M&S sign deal");  // &nbsp; read, then collapsed
  EXPECT_EQ(d.url, "https://courier.example/news?id=7&page=2");
  EXPECT_EQ(d.byline, "Mira Okafor");
  EXPECT_EQ(d.published, "2024-03-05T07:30:00Z");
  EXPECT_TRUE(d.text.starts_with("Caf\u00e9 owners \u2014 and AT&T \u2014 welcomed it & more."))
      << d.text;
  EXPECT_NE(d.text.find("until the work was finished"), std::string::npos) << d.text;
}

TEST(Feeds, Rss10RdfItemsAndNamespacePrefixesTheFeedChose) {
  const std::string rdf =
      "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
      "xmlns=\"http://purl.org/rss/1.0/\" xmlns:d=\"http://purl.org/dc/elements/1.1/\" "
      "xmlns:x=\"http://purl.org/rss/1.0/modules/content/\">"
      "<channel rdf:about=\"https://courier.example/\"><title>Courier RDF</title></channel>"
      "<item rdf:about=\"https://courier.example/a\"><title>Ferry timetable changes</title>"
      "<link>https://courier.example/a</link><d:date>2024-03-06T09:00:00Z</d:date>"
      "<d:creator>Ana Ruiz</d:creator><description>Short summary.</description>"
      "<x:encoded><![CDATA[<p>Ferries will sail more often." +
      std::string(kLong) + "</p>]]></x:encoded></item></rdf:RDF>";
  const ReadResult r = ReadInputBytes(rdf, "courier.rdf.xml");
  ASSERT_TRUE(r.errors.empty()) << r.errors[0].message;
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].outlet, "Courier RDF");
  EXPECT_EQ(r.docs[0].published, "2024-03-06T09:00:00Z");
  EXPECT_EQ(r.docs[0].byline, "Ana Ruiz");
  EXPECT_TRUE(r.docs[0].text.starts_with("Ferries will sail more often.")) << r.docs[0].text;
}

TEST(Feeds, DeclaredLegacyCharsetIsDecodedOnce) {
  const std::string rss =
      "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><item><title>Caf\xe9"
      "</title><description>Le caf\xe9 du port rouvre." +
      std::string(kLong) + "</description></item></channel></rss>";
  const ReadResult r = ReadInputBytes(rss, "latin1.rss");
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].title, "Caf\u00e9");
  EXPECT_TRUE(r.docs[0].text.starts_with("Le caf\u00e9 du port")) << r.docs[0].text;
}

TEST(Feeds, NotXmlIsOneErrorNamingTheInput) {
  const ReadResult r = ReadInputBytes("this is a note, not a feed at all", "news.rss");
  EXPECT_TRUE(r.docs.empty());
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_TRUE(r.errors[0].message.starts_with("news.rss: not XML (")) << r.errors[0].message;
}

TEST(Feeds, ExternalEntitiesAreNeverLoaded) {
  const std::filesystem::path secret =
      std::filesystem::temp_directory_path() / ("chorus_feeds_secret_" + std::to_string(getpid()));
  std::ofstream(secret) << "TOP-SECRET-MARKER";
  const std::string rss = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file://" +
                          secret.string() +
                          "\"><!ENTITY net SYSTEM \"http://127.0.0.1:9/x\">]>"
                          "<rss><channel><item><title>Hostile &xxe; &net;</title><description>"
                          "Body &xxe;." +
                          std::string(kLong) + "</description></item></channel></rss>";
  const ReadResult r = ReadInputBytes(rss, "xxe.rss");
  std::filesystem::remove(secret);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(AllText(r).find("TOP-SECRET-MARKER"), std::string::npos) << AllText(r);
  EXPECT_TRUE(r.docs[0].text.starts_with("Body")) << r.docs[0].text;
}

TEST(Feeds, BillionLaughsIsNotExpanded) {
  std::string dtd = "<!DOCTYPE rss [<!ENTITY lol0 \"lol\">";
  for (int i = 1; i <= 9; ++i) {
    dtd += "<!ENTITY lol" + std::to_string(i) + " \"";
    for (int k = 0; k < 10; ++k) dtd += "&lol" + std::to_string(i - 1) + ";";
    dtd += "\">";
  }
  dtd += "<!ENTITY outlet \"Courier\">]>";
  const std::string rss = "<?xml version=\"1.0\"?>" + dtd +
                          "<rss><channel><title>&outlet;</title><item><title>&lol9;</title>"
                          "<description>Laughs &lol9;." +
                          std::string(kLong) + "</description></item></channel></rss>";
  const ReadResult r = ReadInputBytes(rss, "lol.rss");
  // Whatever libxml2 keeps of the document, nothing is expanded 10^9 times.
  EXPECT_LT(AllText(r).size(), 4096u);
  ASSERT_EQ(r.docs.size() + r.errors.size(), 1u);
  if (!r.docs.empty()) {
    EXPECT_EQ(r.docs[0].outlet, "Courier");  // a short plain internal entity is kept
    EXPECT_TRUE(r.docs[0].text.starts_with("Laughs")) << r.docs[0].text;
  }
}

}  // namespace
}  // namespace chorus
