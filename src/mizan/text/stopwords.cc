// Mizan — governance gateway for language models.

#include "mizan/text/stopwords.h"

#include <algorithm>
#include <string>
#include <vector>

#include "mizan/text/normalize.h"
#include "mizan/text/tokenizer.h"

namespace mizan::text {
namespace {

// Written in everyday spelling, one string per group; folded at first use.
constexpr std::string_view kArabic[] = {
    // Prepositions and their و/ف-prefixed forms.
    "في فى من إلى الى على عن مع بين عند لدى حتى منذ خلال حول ضد نحو دون بدون عبر تحت فوق "
    "أمام وراء خلف قبل بعد أثناء ضمن لدي وفي ومن وإلى وعلى وعن ومع وبين وعند وبعد وقبل فمن "
    "ففي",
    // Particles and conjunctions.
    "أو أم ثم لكن ولكن بل إذ إذا وإذا إن أن وأن وإن فإن بأن لأن كي لكي حيث بحيث كما وكما "
    "كأن لو لولا إما أما إلا غير سوى قد وقد فقد لقد سوف لا ولا فلا لم ولم لن ولن ليس ليست "
    "أي أية هل ما وما فما فيما بما مما عما كلما عندما بينما حين حينما لما لذلك لذا كذلك "
    "بذلك هكذا إذن أيضا فقط جدا ذات مثل",
    // Pronouns, also with prepositions attached.
    "هو هي هم هن هما أنا نحن أنت أنتم أنتما أنتن وهو وهي وهم فهو فهي أنه أنها أنهم إنه إنها "
    "لأنه به بها بهم له لها لهم لهن فيه فيها فيهم منه منها منهم عنه عنها عنهم عليه عليها "
    "عليهم إليه إليها إليهم معه معها معهم لديه لديها بينهم كله كلها كلهم ومنها ومنه وفيه "
    "لي لك لنا لكم بي بك بنا بكم علي علينا عليكم مني منا منكم عني "
    "وفيها وله ولها وبه وبها",
    // Demonstratives and relatives.
    "هذا هذه ذلك تلك هؤلاء أولئك هذان هاتان هذين هاتين ذاك هنا هناك هنالك وهذا وهذه وذلك "
    "وتلك الذي التي الذين اللذان اللتان اللذين اللتين اللواتي اللاتي اللائي والذي والتي "
    "والذين",
    // Question words.
    "ماذا متى كيف لماذا أين كم من ماهو ماهي",
    // Auxiliaries and quantifiers.
    "كان كانت كانوا يكون تكون يكونوا وكان وكانت أصبح أصبحت صار صارت مازال لايزال يزال تزال "
    "تم يتم وتم كل وكل بعض جميع عدة كلا كلتا",
    // Darija (Arabic script): function words that also appear in administration messages.
    "ديال ديالي ديالك ديالو ديالها ديالهم ديالنا شنو اشنو شنهو آش اش واش كيفاش علاش فين "
    "منين شحال إمتى امتى فوقاش هاد هادا هادي هادو هداك هديك داك ديك دوك تما راه راني راك "
    "راها راهم ماشي حيت باش بلا شي شوية بزاف كاين كاينة كاينين نتا نتي نتوما حنا هوما ليا "
    "ليك ليه ليها ليهم بيه بيها دابا اللي ولا يلا ملي عندي عندك عندو",
};

constexpr std::string_view kFrench[] = {
    "le la les un une des du de au aux ce cet cette ces et ou où mais donc or ni car que qui "
    "quoi dont à en dans par pour sur sous avec sans entre vers chez contre selon depuis "
    "pendant avant après lors",
    "il ils elle elles on nous vous je tu me te se moi toi soi lui leur leurs eux son sa ses "
    "mon ma mes ton ta tes notre nos votre vos y ne pas plus non",
    "est sont été être était étaient sera seront serait fut a ont avait avaient aura ai as "
    "avons avez ayant étant suis es sommes êtes",
    "quel quelle quels quelles comment combien quand pourquoi lequel laquelle lesquels "
    "lesquelles auquel auxquels duquel desquels ceci cela ça celui celle ceux celles si "
    "aussi très tout tous toute toutes même mêmes autre autres ainsi alors comme déjà encore "
    "peu trop tant",
    // Modal verbs: they frame a question ("peut-on", "doit-il") without naming its subject.
    "peut peuvent pouvez pouvons puis pourrait pourraient doit doivent dois devons devez "
    "devrait faut",
};

constexpr std::string_view kEnglish[] = {
    "a an the and or but if then else of to in on at by for from with without about into "
    "onto over under between through during before after above below up down out off again "
    "once here there",
    "when where why how what which who whom whose this that these those i me my myself we us "
    "our ours you your yours he him his she her hers it its they them their theirs",
    "is are was were be been being am have has had having do does did doing will would shall "
    "should can could may might must not no nor only own same so than too very just also as "
    "such both each few more most other some any all",
};

constexpr std::string_view kSpanish[] = {
    "el la los las lo un una unos unas de del al a en por para con sin sobre entre hacia "
    "hasta desde durante ante bajo según y e o u ni pero sino que quien quienes cual cuales "
    "cuyo cuya donde cuando como cuanto qué cuál quién dónde cómo cuánto porque",
    "este esta estos estas ese esa esos esas aquel aquella aquellos aquellas esto eso aquello "
    "yo tú él ella ellos ellas nosotros nosotras vosotros usted ustedes me te se nos os le les "
    "mi mis tu tus su sus nuestro nuestra nuestros nuestras",
    "es son era eran fue fueron ser sido siendo está están estaba estar ha han había habían "
    "haber hay muy más menos también ya no sí si todo toda todos todas otro otra otros otras "
    "mismo misma tan tanto",
};

// Latin-script Darija (Arabizi) function words, in the spellings seen most often.
constexpr std::string_view kArabizi[] = {
    "fi fl dyal dial diyal li lli wa ou ana nta nti ntoma 7na homa howa huwa hiya had hadi "
    "hada hadak hadik dak dik chi shi ma la bach bash wach wash ila m3a 3la 3lih 3liha fin "
    "fen mnin ach chno chnou chnu kifach kifash 3lach 3lash imta 7it hit ghir ghadi rah raha "
    "rani rak daba bzaf bzzaf walakin walo",
};

template <size_t N>
std::vector<std::string> BuildList(const std::string_view (&groups)[N]) {
  std::vector<std::string> words;
  for (std::string_view group : groups) {
    std::string folded = FoldForSearch(group);
    for (std::string_view word : TokenizeFolded(folded)) {
      words.emplace_back(word);
    }
  }
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

bool Contains(const std::vector<std::string>& sorted, std::string_view word) {
  return std::binary_search(sorted.begin(), sorted.end(), word,
                            [](std::string_view a, std::string_view b) { return a < b; });
}

}  // namespace

bool IsStopword(std::string_view folded_token, Language language) {
  static const std::vector<std::string> arabic = BuildList(kArabic);
  static const std::vector<std::string> french = BuildList(kFrench);
  static const std::vector<std::string> english = BuildList(kEnglish);
  static const std::vector<std::string> spanish = BuildList(kSpanish);
  static const std::vector<std::string> arabizi = BuildList(kArabizi);
  switch (language) {
    case Language::kArabic:
    case Language::kDarija:
      return Contains(arabic, folded_token);
    case Language::kDarijaLatin:
      return Contains(arabizi, folded_token) || Contains(french, folded_token);
    case Language::kFrench:
      return Contains(french, folded_token);
    case Language::kEnglish:
      return Contains(english, folded_token);
    case Language::kSpanish:
      return Contains(spanish, folded_token);
    case Language::kTamazight:
    case Language::kTamazightLatin:
    case Language::kUnknown:
      return false;
  }
  return false;
}

}  // namespace mizan::text
