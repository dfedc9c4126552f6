"""OUR OWN ADDITIONS to the FreeDict lexicons (written by the factcheck maintainers, GPL-3.0-or-later).

FreeDict lacks many of the most common function and news words (nl "bedrijf", "bij", "blijven"; fr "délai";
es "plazo"...) and ranks some glosses oddly for news text ("stoppen" -> "check" in German). These entries are
merged over the compiled lexicons at load time and win over them. Weekdays and months are in the compiled data
for all five languages except nl "vrijdag" and es "setiembre", added here. Keys are lower-case source words or phrases
(up to 4 words); values are English glosses, best first ("|"-separated).
"""

from __future__ import annotations

_NL = """
bedrijf=company|business  bedrijven=companies  zijn=be|his  is=is  was=was  waren=were  ben=am  bent=are
bij=at|with  blijven=stay|remain  blijft=stays|remains  vandaag=today  gisteren=yesterday  morgen=tomorrow  geleden=ago|suffered
moest=had to|must  moeten=must|have to  moet=must  kunnen=can|be able  kan=can  zullen=will|shall  zal=will
zou=would  zouden=would  hebben=have  heeft=has  had=had  worden=be|become  wordt=is  werd=was
hun=their  ze=they|she  zij=they|she  wij=we  we=we  hij=he  het=the|it  de=the  een=a|one  en=and  of=or|whether
maar=but  niet=not  geen=no|not  wel=indeed  ook=also  nog=still|yet  al=already|all  alle=all  om=to|around
te=to  van=of|from  in=in  op=on|at  met=with  voor=for|before  naar=to|towards  uit=out|from  door=by|through
over=about|over  tot=to|until  na=after  nadat=after  hoewel=although  volgens=according to  waaronder=including
daarom=therefore  kortom=in short  dat=that  die=that|who|those  dit=this  deze=this|these  er=there  hier=here
wat=what  wie=who  waar=where  wanneer=when  omdat=because  als=as|if  dan=than|then  toen=when|then
meer=more  minder=less  zeer=very  heel=very  eventuele=possible  eventueel=possible  werkzaamheden=activities|work
dienst=service  diensten=services  regering=government  overheid=government  gegevens=data  klant=customer
klanten=customers  toegang=access  bekend maken=announce  bekendmaken=announce  in de steek laten=abandon
stoppen=stop  gestopt=stopped  onderzoek=investigation|research  onderzoeken=investigations  reactie=response
ongelimiteerde=unlimited  onbeperkte=unlimited  versleutelde=encrypted  noodzaak=need|necessity  miljoen=million
miljard=billion  procent=percent  jaar=year  jaren=years  maand=month  week=week  dag=day  land=country
zich=itself|themselves  vanwege=because of  laten=let  liet=let  zitten=sit  uitgesteld=postponed|delayed
data=data  optie=option  leden=members  lid=member  partij=party  partijen=parties  wijzigen=change
wijziging=change  krijgen=get|receive  kreeg=got|received  kregen=got|received  tijdens=during  terwijl=while
mijn=my  tijd=time  mogelijk=possible|possibly  altijd=always  waarschijnlijk=probably  bijna=almost
moeilijk=difficult  plaatselijke=local  wetgeving=legislation  financiering=funding  vrijdag=Friday
canadese=Canadian  aziatische=Asian  europese=European  amerikaanse=American  chinese=Chinese  duitse=German
oorspronkelijk=originally|original  oorspronkelijke=original  aanvankelijk=initially  email=email  e-mail=email
versturen=send  verstuurd=sent  verzonden=sent  bericht=message|report  berichten=messages|reports
woordvoerder=spokesman|spokesperson  woordvoerster=spokeswoman|spokesperson  momenteel=currently|at present
verluidt=reportedly  medewerker=employee|staff member  medewerkers=employees|staff  dankzij=thanks to  voordat=before
bijzonder=special|particularly  termijn=term|period  bijvoorbeeld=for example  onderzoeker=researcher
onderzoekers=researchers  gestegen=risen|rose  gedaald=fallen|fell  verscheen=appeared  vergeleken=compared
neerslag=precipitation|rainfall  weerstand=resistance  zuidwesten=southwest  noordwesten=northwest
noordoosten=northeast  zuidoosten=southeast  wijk=district|neighbourhood  wijken=districts|neighbourhoods
samenwerking=cooperation  plaatsvinden=take place  doelpunt=goal  voorsprong=lead  hoorzitting=hearing
verwijderen=remove  tijdperk=era  persbericht=press release  ondermijnen=undermine  verwees=referred
heropend=reopened  heropenen=reopen  gespecialiseerde=specialised  ongeslagen=unbeaten
man=man|husband  mannen=men  vrouw=woman|wife  vrouwen=women  kind=child  kinderen=children
uiteindelijk=eventually|finally  natuurlijk=naturally|of course  nochtans=nevertheless  anderzijds=on the other hand
enerzijds=on the one hand
oost=east  noord=north  zuid=south
"""

_DE = """
heute=today  gestern=yesterday  morgen=tomorrow  unternehmen=company  firma=company  laut=according to
auch=also  aber=but  und=and  oder=or  nicht=not  kein=no  keine=no  mit=with  für=for  ohne=without  in=in
auf=on  bei=at|with  nach=after|to  vor=before|ago  seit=since  bis=until  bereits=already  schon=already
noch=still|yet  regierung=government  ist=is  sind=are  war=was  waren=were  hat=has  haben=have  hatte=had
wurde=was  wurden=were  werden=will|be  wird=will|is  muss=must  musste=had to  müssen=must  kann=can
können=can  soll=should  sollte=should  mehr=more  sehr=very  millionen=millions  million=million
milliarde=billion  milliarden=billions  prozent=percent  daten=data  kunde=customer  kunden=customers
zugang=access  sagte=said  sagt=says  land=country  jahr=year  jahre=years  frist=deadline  stoppen=stop
einstellen=stop|discontinue  fordern=demand  forderte=demanded  der=the  die=the  das=the|that  dem=the
den=the  des=of the  ein=a  eine=a  einen=a  einem=a  einer=a  es=it  er=he  sie=they|she  wir=we
sich=itself|themselves  dass=that  wenn=if|when  als=as|than|when  wie=how|as  zu=to  von=of|from  aus=from|out
um=at|around  über=about|over  unter=under|among  durch=through|by  gegen=against  zum=to the  zur=to the
im=in the  am=on the  vom=from the  beim=at the  alle=all  dieser=this  diese=this|these  dieses=this
letzten=last  letzte=last  weder=neither  hinzu=in addition  ins=into the  ums=around the
ursprünglich=originally|original  zunächst=initially|first  e-mail=email  verschickt=sent  gesendet=sent
würde=would|dignity  würden=would  ersten=first  erstes=first  erstem=first  zweite=second  zweiten=second
zweiter=second  dritte=third  dritten=third  dritter=third  kostete=cost  kosteten=cost  kommenden=coming|next
wiedereröffnet=reopened  wiedereröffnen=reopen
polizei=police
opfer=victims|victim  anschlag=attack  anschläge=attacks  anschlags=attack  schütze=gunman|shooter
verdächtige=suspect  verdächtigen=suspect|suspects  insassen=occupants|passengers  absturz=crash  abgestürzt=crashed
schlimmsten=worst  schlimmste=worst  ums leben gekommen=died|killed  kamen ums leben=died  orten=places
dutzende=dozens  hunderte=hundreds  tausende=thousands
"""

_FR = """
aujourd'hui=today  hier=yesterday  demain=tomorrow  délai=deadline|delay  entreprise=company  société=company
selon=according to  a=has  ont=have  est=is  sont=are  était=was  été=been  sera=will be  ne=not  pas=not
plus=more  aussi=also  mais=but  et=and  ou=or  qui=who|which  que=that  dont=of which  avec=with  pour=for
sans=without  dans=in  sur=on  par=by  chez=at  depuis=since  entre=between  après=after  avant=before
déjà=already  encore=still|yet  lors=during  fin=end  gouvernement=government  milliard=billion
milliards=billions  million=million  millions=millions  données=data  client=customer  clients=customers
accès=access  le=the  la=the  les=the  l'=the  un=a  une=a  des=of the|some  du=of the  de=of  d'=of  au=to the
aux=to the  il=he|it  elle=she|it  ils=they  elles=they  nous=we  on=one|we  ce=this  cette=this  ces=these
son=his|its  sa=her|its  ses=its|their  leur=their  leurs=their  a déclaré=said  déclaré=said  dit=said
tandis que=while  tandis=while  quant à=as for  parce que=because  certains=some  certaines=some
communiqué=statement  élu=elected  élus=elected  pays=country  an=year  ans=years  année=year  pourcent=percent  pour cent=percent  doit=must  devait=had to
initialement=initially  originellement=originally  courriel=email  courriels=emails  envoyé=sent  envoyés=sent
rouvert=reopened  rouvrir=reopen  rouvre=reopens  jusqu'=until  jusqu'au=until the  jusqu'aux=until the
enfant=child  enfants=children
attentat=attack  attentats=attacks  tireur=gunman|shooter  occupants=occupants  foule=crowd  bilan=toll|assessment
réplique=aftershock|reply  répliques=aftershocks|replies  tuée=killed  tuées=killed  pompiers=firefighters
fait=made|did|fact  en fait=in fact  le fait que=the fact that  tout à fait=quite|entirely
dizaines=tens|dozens  centaines=hundreds  milliers=thousands
ironiquement=ironically
"""

_ES = """
plazo=deadline|term  empresa=company  compañía=company  hoy=today  ayer=yesterday  mañana=tomorrow
según=according to  también=also  pero=but  y=and  o=or  que=that  con=with  para=for  por=by|for  sin=without
en=in  sobre=on|about  entre=between  después=after  antes=before  ya=already  todavía=still  aún=still
gobierno=government  es=is  son=are  fue=was  era=was  ha=has  han=have  había=had  no=not  más=more  muy=very
millones=millions  millón=million  mil millones=billion  datos=data  cliente=customer  clientes=customers
acceso=access  dijo=said  país=country  año=year  años=years  el=the  la=the  los=the  las=the  un=a  una=a
de=of  del=of the  al=to the  a=to  se=itself|themselves  su=its|their  sus=their  lo=it  le=him|her
gran=great|big  ese=that  esa=that  cual=which  nuestro=our  nuestra=our  nuestros=our  nuestras=our
prensa=press  setiembre=September  este=this|east  esta=this  estos=these  debe=must  debía=had to  tiene que=has to  tenía que=had to  por ciento=percent
originalmente=originally  inicialmente=initially  correo electrónico=email  correos electrónicos=emails  enviado=sent  enviados=sent
haber=have  llegar=arrive|reach  llegó=arrived  llegaron=arrived  directora=director  visitante=visitor
visitantes=visitors  reabrir=reopen  reabrió=reopened
mujer=woman|wife  mujeres=women  niño=child  niños=children
víctima=victim  víctimas=victims  víctimas mortales=fatalities|dead  fallecido=dead|deceased  fallecidos=dead|deceased
atentado=attack  atentados=attacks  tirador=gunman|shooter  multitud=crowd  explosión=explosion  explosiones=explosions
réplica=aftershock|reply  réplicas=aftershocks|replies  balance=toll|balance  siniestro=accident|disaster|sinister
despegado=taken off  despegó=took off
decenas=tens|dozens  cientos=hundreds  centenares=hundreds  miles=thousands
obviamente=obviously  afortunadamente=fortunately
"""

_IT = """
oggi=today  ieri=yesterday  domani=tomorrow  azienda=company  società=company  secondo=according to|second
anche=also  ma=but  e=and  o=or  che=that  con=with  per=for  senza=without  in=in  su=on  tra=between
fra=between  dopo=after  prima=before  già=already  ancora=still|yet  governo=government  è=is  sono=are
era=was  ha=has  hanno=have  aveva=had  non=not  più=more  molto=very  milioni=millions  milione=million
miliardi=billions  miliardo=billion  dati=data  cliente=customer  clienti=customers  accesso=access
ha detto=said  detto=said  paese=country  anno=year  anni=years  scadenza=deadline  termine=deadline|term
il=the  lo=the  la=the  i=the  gli=the  le=the  l'=the  un=a  uno=a  una=a  un'=a  di=of  del=of the
della=of the  dei=of the  degli=of the  delle=of the  dell'=of the  al=to the  alla=to the  nel=in the
nella=in the  nell'=in the  sul=on the  sulla=on the  da=from|by  dal=from the  dalla=from the  si=itself
cui=which|whom  mentre=while  fino=until  fino a=until  dove=where  perché=because|why  quindi=so|therefore
oltre=over|beyond  ore=hours  zona=area  alcuni=some  quanto=how much  diversi=several  ciò=this  presso=at
dichiarato=stated|said  suo=his|its  sua=her|its  loro=their  questo=this  questa=this  deve=must  doveva=had to  per cento=percent
inizialmente=initially  originariamente=originally  email=email  inviato=sent  inviati=sent  inviate=sent
essere=be  sarà=will be  saranno=will be  sarebbe=would be  sarebbero=would be  erano=were  stato=been|state
stata=been  stati=been|states  state=been  arrivare=arrive|reach  arrivato=arrived  arrivati=arrived
arrivata=arrived  restauro=restoration|renovation  restauri=restorations  riaprire=reopen  riaperto=reopened  gratuito=free  gratuita=free
ferito=injured|wounded  feriti=injured|wounded  bambino=child  bambini=children
dopotutto=after all  invece=instead  dunque=so|therefore  anzi=rather|indeed  peraltro=moreover|however
ciononostante=nevertheless  nondimeno=nevertheless  tuttora=still  altresì=also|likewise  difatti=in fact
ebbene=well  oltretutto=moreover|besides  frattanto=meanwhile  chiaramente=clearly
"""


def _parse(block: str) -> dict[str, tuple[str, ...]]:
    """'word=gloss|gloss  other word=gloss' -> {word: (gloss, ...)}; two spaces separate entries so that keys
    and glosses may contain single spaces."""
    entries = {}
    for line in block.strip().splitlines():
        for item in filter(None, (part.strip() for part in line.split("  "))):
            key, glosses = item.split("=", 1)
            entries[key.strip().lower()] = tuple(g.strip() for g in glosses.split("|"))
    return entries


# Words that are never a part of a Dutch/German compound: articles, pronouns, conjunctions and the
# inseparable verb prefixes (whose glosses are words of their own: nl "ver" -> "far"). Read as parts, they
# glossed common words FreeDict lacks as nonsense: "woordvoerder" -> "word food the", "dankzij" -> "thanks
# they", "verluidt" -> "remote ring", "kommenden" -> "come the". Such a word is left as it is instead.
NOT_COMPOUND_PARTS: dict[str, frozenset[str]] = {
    "nl": frozenset("de het een der des den die dat dit deze zij wij jij hij ik ze we je mijn zijn haar ons hun "
                    "en of dan als maar ver ge be ont er".split()),
    "de": frozenset("der die das den dem des ein eine einer einem einen er sie es wir ihr ich du als und oder "
                    "ver ge be ent emp zer".split()),
}

# Latin-derived endings and their English form, for words FreeDict lacks: "renovatie" -> "renovation" (it was
# split as a compound "ren|ovatie" -> "run ovation"), "integratie" (-> "take in pardon"), "infrastructuur".
# Used only when the English word is a common English word (english_words.py), longest ending first.
COGNATE_ENDINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "nl": (("aties", "ations"), ("atie", "ation"), ("ities", "itions"), ("itie", "ition"), ("cties", "ctions"),
           ("ctie", "ction"), ("ties", "tions"), ("tie", "tion"), ("iteiten", "ities"), ("iteit", "ity"),
           ("ismen", "isms"), ("isme", "ism"), ("uren", "ures"), ("uur", "ure")),
    "de": (("ationen", "ations"), ("ation", "ation"), ("itäten", "ities"), ("ität", "ity"), ("ismen", "isms"),
           ("ismus", "ism"), ("ierungen", "ations"), ("ierung", "ation"), ("uren", "ures"), ("ur", "ure")),
    "fr": (("ations", "ations"), ("ation", "ation"), ("ités", "ities"), ("ité", "ity"), ("ismes", "isms"),
           ("isme", "ism")),
    "es": (("aciones", "ations"), ("ación", "ation"), ("ciones", "tions"), ("ción", "tion"), ("idades", "ities"),
           ("idad", "ity"), ("ismos", "isms"), ("ismo", "ism")),
    "it": (("azioni", "ations"), ("azione", "ation"), ("zioni", "tions"), ("zione", "tion"), ("ità", "ity"),
           ("ismi", "isms"), ("ismo", "ism")),
}

# Combining forms of peoples and countries, read only before a hyphen ("franco-tedesco" -> "French German"):
# as words of their own they mean other things (it "franco" -> "straightforward", es "sino" -> "but", "austro"
# -> "south wind"; fr "mi-mandat" was "E mandate"). An empty gloss drops the piece: the French euphonic "t" of
# "a-t-il", "ajoute-t-il" (was "has you he").
_COMBINING_ROMANCE = ("franco=French  italo=Italian  anglo=Anglo  germano=German  sino=Chinese  greco=Greek  "
                      "austro=Austrian  euro=European  afro=Afro  indo=Indo  turco=Turkish  luso=Portuguese")
COMBINING_FORMS: dict[str, dict[str, str]] = {
    lang: {key: glosses[0] for key, glosses in _parse(_COMBINING_ROMANCE + "  " + own).items()}
    for lang, own in (
        ("fr", "t=  mi=mid  russo=Russian  israélo=Israeli  hispano=Spanish  gréco=Greek  nippo=Japanese  belgo=Belgian  "
               "helvético=Swiss  syro=Syrian  irano=Iranian  arabo=Arab  américano=American  polono=Polish"),
        ("it", "russo=Russian  israelo=Israeli  ispano=Spanish  nippo=Japanese  siro=Syrian  arabo=Arab  "
               "cino=Chinese  americano=American"),
        ("es", "ruso=Russian  israelí=Israeli  hispano=Spanish  nipo=Japanese  sirio=Syrian  árabe=Arab  "
               "chino=Chinese  americano=American"),
    )
}

# Collective numerals ("une vingtaine de morts": about twenty dead; the number reader's ROUND_AMOUNTS):
# FreeDict lacks most of them ("vingtaine", "veintena" were left as they are). "quarantaine" is left out:
# as a word of its own it is the quarantine.
_COLLECTIVES = {
    "fr": "dizaine=about ten  douzaine=about twelve|dozen  quinzaine=about fifteen|fortnight  vingtaine=about twenty  "
          "trentaine=about thirty  cinquantaine=about fifty  soixantaine=about sixty  centaine=about a hundred  "
          "millier=about a thousand",
    "es": "decena=about ten  docena=about twelve|dozen  veintena=about twenty  treintena=about thirty  "
          "centenar=about a hundred  millar=about a thousand",
}

SUPPLEMENT: dict[str, dict[str, tuple[str, ...]]] = {
    lang: {**_parse(block), **_parse(_COLLECTIVES.get(lang, ""))}
    for lang, block in (("nl", _NL), ("de", _DE), ("fr", _FR), ("es", _ES), ("it", _IT))
}
