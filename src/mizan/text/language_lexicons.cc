// Mizan — governance gateway for language models.

#include <algorithm>

#include "mizan/text/language_internal.h"
#include "mizan/text/normalize.h"
#include "mizan/text/tokenizer.h"

namespace mizan::text::internal {

size_t CodePointLength(std::string_view utf8) {
  size_t count = 0;
  for (char c : utf8) {
    count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }
  return count;
}

Lexicon::Lexicon(std::initializer_list<WeightedWords> groups) {
  for (const WeightedWords& group : groups) {
    std::string folded = FoldForSearch(group.words);
    for (std::string_view word : TokenizeFolded(folded)) {
      entries_.emplace_back(std::string(word), group.weight);
    }
  }
  // On a duplicate the larger weight wins, so a word can be listed again to promote it.
  std::sort(entries_.begin(), entries_.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : a.second > b.second;
  });
  entries_.erase(std::unique(entries_.begin(), entries_.end(),
                             [](const auto& a, const auto& b) { return a.first == b.first; }),
                 entries_.end());
}

double Lexicon::Weight(std::string_view folded_word) const {
  auto it =
      std::lower_bound(entries_.begin(), entries_.end(), folded_word,
                       [](const std::pair<std::string, double>& entry, std::string_view word) {
                         return std::string_view(entry.first) < word;
                       });
  return it != entries_.end() && it->first == folded_word ? it->second : 0.0;
}

const Lexicon& DarijaArabicLexicon() {
  static const Lexicon lexicon({
      {3.0,
       "ديال ديالي ديالك ديالو ديالها ديالهم ديالنا ديالكم ديل بغيت بغا بغات بغينا بغيتي "
       "بغاو كيفاش علاش شنو اشنو شنهو شحال دابا دبا بزاف ماشي غادي غادية غاديين كاين "
       "كاينة كاينين عافاك مزيان مزيانة واخا فوقاش هادشي داكشي كلشي والو شوية خصني خصك "
       "خصو نتا نتوما حنا هوما گاع ڭاع كاع بحال راكم راكي هاذ هاذا هاذو كانو باغي باغين "
       "زوين زوينة وخا شكون علاه عطات خلات بقات بقاو مشات بنادم ماكاين"},
      {2.5,
       "واش فين منين إمتى حيت باش هادا هاداك هداك هاديك هديك هادوك هاذاك هاذيك اللي "
       "عندو ديالهوم صافي مابقاش بلي كيقول كيدير كيكون كيبان كيتم كيعرف كيخدم كيمشي كيجي "
       "كتقول كتدير كتكون كنقول كندير كنعرف كنشوف كنبغي كيبغي دغيا بصح شكون"},
      {2.0, "هاد راه راها راني راك راهم شي نتي ليا ليك ملي تا ف عطا خلا بقا مشا"},
      {1.0, "هادي خاص ولا لي ل غير"},
  });
  return lexicon;
}

const Lexicon& StandardArabicLexicon() {
  static const Lexicon lexicon({
      {2.0,
       "الذي التي الذين اللذين اللتين هؤلاء أولئك سوف لقد ليس ليست لماذا ماذا أيضا حيث "
       "عندما إنه إنها لكنه كذلك هناك يجب"},
      {1.5, "هذا هذه ذلك تلك جدا الآن كيف هل أين متى لم لن قد"},
      {0.5, "لكن إن أن إلى"},
  });
  return lexicon;
}

// Tachelhit and other Amazigh varieties written in Arabic letters, as in NTREX-128 "shi".
const Lexicon& TamazightArabicLexicon() {
  static const Lexicon lexicon({
      {2.5, "زوند نسن نسنت تامازيغت أوال"},
      {2.0, "غ غور ءيد إيد يان يات نس ءور ءيس ءيلا غف غيف غاس دغي ياضن"},
      {1.5, "ن س ور اد"},
  });
  return lexicon;
}

const Lexicon& FrenchLexicon() {
  static const Lexicon lexicon({
      {2.0,
       "le les des du et est dans pour au aux ce cette ces il ils elle elles nous vous je "
       "tu leur leurs mais ou donc car sont ont été être avoir fait très aussi avec sur "
       "pas qui ne bonjour merci oui selon chez où ça était avait sera sans quand comment "
       "pourquoi quel quelle suis sommes êtes ai avons avez peux peut veux veut allons "
       "fais ici maintenant toujours jamais encore déjà rien personne quelque beaucoup "
       "assez aujourd hui"},
      {1.0,
       "la de un une que en par plus tout tous bien entre vers dont son sa ses mon ma mes "
       "notre nos votre vos on"},
  });
  return lexicon;
}

const Lexicon& EnglishLexicon() {
  static const Lexicon lexicon({
      {2.0,
       "the of and to is was for that with it be by this are from at have has not but "
       "they his her which were their been would there what who you we he she will can "
       "an or if when do does did how my your our about into than also them its am "
       "want said very here now always never already nothing nobody something someone "
       "many much enough should could"},
      {1.0, "in on as some only all one so"},
  });
  return lexicon;
}

const Lexicon& SpanishLexicon() {
  static const Lexicon lexicon({
      {2.0,
       "el los las del por para con una unos unas es está están fue fueron pero como más "
       "muy también ya hay su sus este esta estos estas ese esa yo tú él ella nosotros "
       "ellos lo qué cuál cómo dónde cuando porque hasta desde sobre sin al y ni "
       "era eran ser hola gracias soy eres somos estoy estás estamos tengo tiene tienes "
       "tenemos puedo puede puedes quiero quiere voy vamos hago hace dijo dije muy aquí "
       "ahí allí ahora siempre nunca tampoco todavía casi nada nadie algo alguien mucho "
       "mucha muchos muchas poco demasiado bastante usted ustedes"},
      {1.0, "la de un que en se me te nos mi no son le les"},
  });
  return lexicon;
}

const Lexicon& ArabiziLexicon() {
  static const Lexicon lexicon({
      {3.0,
       "wach wash kifach kifash bghit bgha bghina dyal dial diyal dyali dyalek dyalo chno "
       "chnou chnu achno mzyan mzian mezyan 3lach 3lash daba bzaf bzzaf bezzaf walakin "
       "walo wakha hadchi dakchi kolchi kolhom kayn kayna kaynin makaynch machi mashi "
       "ghadi 3afak safi ch7al sh7al bch7al imta fou9ach mnin kidayr labas zwin zwina "
       "khoya khouya sahbi sa7bi ntoma 7na m3a 3la 3ndi 3ndek 3lih 3liha hadak hadik "
       "bnadem chwiya chwia drari lwalidin ach achno ghi hta bhal haka hakka ewa iwa "
       "wayli mazal mazel bghiti khti lla mohim chokran choukran zine meziane hadchi "
       "wahed wahd joj jouj khssni khssk 3ndk ndir ndiro ntoum ntouma lihom liya lik "
       "likom dyalk dyalek dyalha dyalna dyalkom mabrouk bssa7a wlad bnat"},
      {2.0,
       "nta nti homa howa hiya huwa lli had hadi hada chi shi bach bash 7it ila wla rah "
       "raha rani rak ghir f fl fi mn men ana hna dima mashi daba lah llah allah "
       "inchallah nchallah hamdoulah hamdullah"},
  });
  return lexicon;
}

const Lexicon& TamazightLatinLexicon() {
  static const Lexicon lexicon({
      {3.0,
       "azul tanmirt tanemmirt tamazight tamaziɣt amaziɣ imaziɣen amazigh imazighen "
       "tifinagh tifinaɣ nnek nnem nnes nnun nnsen inu isem deg yella tella illa tilelli "
       "imdanen wemdan amdan tamurt tamdint iwakken acu ayen nekk nekkin netta nettat "
       "nekni nitni kečč kemm yiwen yiwet ugar ulac ɣer ɣef ɣur gher ghef seg sɣur tga "
       "iga gan nna nnan ukan akkʷ akkw nni yan yat ifulkin tigmmi tudert"},
      {2.0, "ad ur iɣ ayt akk ara tura ass anda mani mad ger zg zeg ann nnaɣ inna"},
      {1.0, "d n s"},
  });
  return lexicon;
}

}  // namespace mizan::text::internal
