"""Portuguese words of the demo's shared pages and snippets, for itac.demo.translations."""

from itac.demo import content

PORTUGUESE = {
    # Home
    "It Takes A Community": "It Takes A Community",
    "It Takes A Community: migrants and refugees strengthen our communities": (
        "It Takes A Community: pessoas migrantes e refugiadas fortalecem as nossas comunidades"
    ),
    "Stories of how migrants and refugees strengthen the communities they live in.": (
        "Histórias de como pessoas migrantes e refugiadas fortalecem as comunidades onde vivem."
    ),
    "It takes a community to welcome, to include, to belong": (
        "É preciso uma comunidade para acolher, para incluir, para pertencer"
    ),
    "Migrants and refugees cook in our kitchens, teach in our schools, open our shops and care "
    "for our neighbours. #ItTakesACommunity gathers the stories that show it, and invites you to "
    "add yours.": (
        "Pessoas migrantes e refugiadas cozinham nas nossas cozinhas, ensinam nas nossas escolas, "
        "abrem as nossas lojas e cuidam dos nossos vizinhos. #ItTakesACommunity reúne as "
        "histórias que o mostram e convida você a juntar a sua."
    ),
    # The home page's main calls to action
    "Share a story": "Partilhe uma história",
    "Yours, a neighbour's, a co-worker's or a classmate's: tell us how a community grew stronger "
    "together.": (
        "A sua, a de um vizinho, de uma colega de trabalho ou de um colega de turma: conte-nos "
        "como uma comunidade ficou mais forte em conjunto."
    ),
    "Share your story": "Partilhe a sua história",
    "Take the pledge": "Assuma o compromisso",
    "Join the people, cities and organisations around the world who stand for welcoming "
    "communities.": (
        "Junte-se às pessoas, cidades e organizações de todo o mundo que defendem comunidades "
        "acolhedoras."
    ),
    "Lead the campaign where you live": "Lidere a campanha onde vive",
    "Templates, sample messages and short videos to adapt with a local caption.": (
        "Modelos, mensagens de exemplo e vídeos curtos para adaptar com uma legenda local."
    ),
    "Get the toolkit": "Obtenha o kit de ferramentas",
    # About
    "About the campaign": "Sobre a campanha",
    "Where #ITAC comes from, who leads it and what it has done.": (
        "De onde vem a #ITAC, quem a lidera e o que já alcançou."
    ),
    "How a working group of governments, cities and partners set out to change the way we talk "
    "about migration.": (
        "Como um grupo de trabalho de governos, cidades e parceiros decidiu mudar a forma como "
        "falamos de migração."
    ),
    "Why the campaign exists": "Porque existe a campanha",
    "It Takes A Community (#ITAC) is an international communications campaign about the "
    "difference migrants and refugees make to the places they live. It answers xenophobia and "
    'discrimination with everyday stories, and speaks above all to the "moveable middle": people '
    "who have not made up their minds.": (
        "It Takes A Community (#ITAC) é uma campanha internacional de comunicação sobre a "
        "diferença que pessoas migrantes e refugiadas fazem nos lugares onde vivem. Responde à "
        "xenofobia e à discriminação com histórias do dia a dia e dirige-se sobretudo ao «centro "
        "móvel»: as pessoas que ainda não formaram opinião."
    ),
    "The four letters also stand for what communities build together: Inclusion, Tolerance, "
    "Adaptation and Collaboration.": (
        "As quatro letras representam também o que as comunidades constroem juntas: Inclusão, "
        "Tolerância, Adaptação e Colaboração."
    ),
    "Where it comes from": "De onde vem",
    "The campaign grew out of the Ad Hoc Working Group on Public Narratives on Migration of the "
    "Global Forum on Migration and Development (GFMD). The Government of Canada, the Government "
    "of Ecuador and the GFMD Mayors Mechanism co-chair it, and the International Organization "
    "for Migration (IOM) puts it into practice.": (
        "A campanha nasceu do Grupo de Trabalho Ad Hoc sobre Narrativas Públicas da Migração do "
        "Fórum Global sobre Migração e Desenvolvimento (FGMD). O Governo do Canadá, o Governo do "
        "Equador e o Mecanismo de Prefeitos do FGMD copresidem-na, e a Organização Internacional "
        "para as Migrações (OIM) põe-na em prática."
    ),
    "It began quietly on International Migrants Day, 18 December 2020, and launched officially "
    "in March 2021. A second phase, from autumn 2022 through 2023, turned to Central and South "
    "America.": (
        "Começou discretamente no Dia Internacional dos Migrantes, a 18 de dezembro de 2020, e "
        "foi lançada oficialmente em março de 2021. Uma segunda fase, do outono de 2022 até 2023, "
        "voltou-se para a América Central e do Sul."
    ),
    "No one builds a city alone. Every newcomer is a neighbour in the making.": (
        "Ninguém constrói uma cidade sozinho. Cada recém-chegado é um vizinho em construção."
    ),
    "A campaign leader in São Paulo": "Uma líder da campanha em São Paulo",
    "The campaign in figures": "A campanha em números",
    "The first year ran on a budget of USD 50,000 and reached about 6.4 million impressions on "
    "social media. The second phase had USD 267,821.": (
        "O primeiro ano contou com um orçamento de 50 000 USD e chegou a cerca de 6,4 milhões de "
        "impressões nas redes sociais. A segunda fase teve 267 821 USD."
    ),
    "Yours to adapt": "Para você adaptar",
    "The campaign carries no logo on purpose: any city, school, business or neighbourhood group "
    "can take the toolkit, add a local caption and make it its own.": (
        "A campanha não tem logótipo de propósito: qualquer cidade, escola, empresa ou "
        "associação de bairro pode pegar no kit de ferramentas, juntar uma legenda local e "
        "torná-la sua."
    ),
    # Privacy
    "Privacy": "Privacidade",
    "What the campaign keeps about you, and how to have it removed.": (
        "O que a campanha guarda sobre si, e como pedir que seja apagado."
    ),
    "Storytellers trust us with their lives. This is how we look after what they and every "
    "visitor send us.": (
        "Quem nos conta a sua história confia-nos a sua vida. É assim que cuidamos do que essas "
        "pessoas e cada visitante nos enviam."
    ),
    "What we keep, and why": "O que guardamos, e porquê",
    "When you share a story we keep what you send us so that a moderator can read it. Nothing "
    "is published before a moderator approves it, and only as you chose to be shown: full name, "
    "first name, a pseudonym, or anonymously.": (
        "Quando partilha uma história, guardamos o que nos envia para que uma pessoa da "
        "moderação a possa ler. Nada é publicado antes de ser aprovado, e apenas da forma que "
        "escolheu: nome completo, primeiro nome, pseudónimo ou anonimato."
    ),
    "Your contact email, if you give it, is seen only by our moderators and is never published. "
    "We write to you only if you ticked the box that allows it.": (
        "O seu e-mail de contacto, se o der, só é visto pela nossa moderação e nunca é "
        "publicado. Só lhe escrevemos se tiver marcado a caixa que o permite."
    ),
    "Photos": "Fotografias",
    "Before a photo is stored we remove everything hidden in it: location, camera details and "
    "dates. File names are replaced with random ones.": (
        "Antes de guardar uma fotografia, retiramos tudo o que nela vai escondido: localização, "
        "dados da câmara e datas. Os nomes dos ficheiros são substituídos por nomes aleatórios."
    ),
    "Removing your story": "Retirar a sua história",
    "You can ask us to remove your story at any time, and we will, without asking why. Rejected "
    "or abandoned submissions are deleted after 90 days.": (
        "Pode pedir-nos que retiremos a sua história a qualquer momento, e fá-lo-emos sem "
        "perguntar porquê. Os envios recusados ou abandonados são apagados ao fim de 90 dias."
    ),
    "No trackers": "Sem rastreadores",
    "This site loads nothing from other companies: no analytics, no advertising, no external "
    "fonts or scripts.": (
        "Este site não carrega nada de outras empresas: nem análise de audiências, nem "
        "publicidade, nem fontes ou scripts externos."
    ),
    # The footer
    content.FOOTER_TEXT: (
        "It Takes A Community é uma campanha do grupo de trabalho do FGMD sobre narrativas "
        "públicas, copresidido pelo Canadá, pelo Equador e pelo Mecanismo de Prefeitos do FGMD, "
        "com a OIM."
    ),
}
