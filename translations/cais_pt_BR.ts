<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>Endpoint</name>
    <message>
        <source>The engine address "%1" is not valid: %2</source>
        <translation>O endereço do motor "%1" não é válido: %2</translation>
    </message>
    <message>
        <source>it needs a scheme, like unix:///var/run/docker.sock or tcp://host:2376.</source>
        <translation>falta o esquema, como unix:///var/run/docker.sock ou tcp://host:2376.</translation>
    </message>
    <message>
        <source>the socket path is empty.</source>
        <translation>o caminho do socket está vazio.</translation>
    </message>
    <message>
        <source>ssh:// engines are not supported by this version of Cais. Forward the socket with "ssh -nNT -L /tmp/remote-docker.sock:/var/run/docker.sock host" and use unix:///tmp/remote-docker.sock.</source>
        <translation>esta versão do Cais não aceita motores ssh://. Encaminhe o socket com "ssh -nNT -L /tmp/remote-docker.sock:/var/run/docker.sock host" e use unix:///tmp/remote-docker.sock.</translation>
    </message>
    <message>
        <source>named pipes exist only on Windows.</source>
        <translation>pipes nomeados só existem no Windows.</translation>
    </message>
    <message>
        <source>the scheme "%1" is unknown; use unix://, tcp://, http:// or https://.</source>
        <translation>o esquema "%1" é desconhecido; use unix://, tcp://, http:// ou https://.</translation>
    </message>
    <message>
        <source>a path after the host is not supported.</source>
        <translation>um caminho depois do host não é aceito.</translation>
    </message>
    <message>
        <source>the host is empty.</source>
        <translation>o host está vazio.</translation>
    </message>
    <message>
        <source>an IPv6 address lacks its closing bracket.</source>
        <translation>falta o colchete de fechamento do endereço IPv6.</translation>
    </message>
    <message>
        <source>unexpected text after the IPv6 address.</source>
        <translation>há texto inesperado depois do endereço IPv6.</translation>
    </message>
    <message>
        <source>the port "%1" is not a number from 1 to 65535.</source>
        <translation>a porta "%1" não é um número de 1 a 65535.</translation>
    </message>
</context>
<context>
    <name>EngineBanner</name>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Tentar agora</translation>
    </message>
    <message>
        <source>Engine connection problem</source>
        <translation>Problema de conexão com o motor</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Engine connection status</source>
        <translation>Estado da conexão com o motor</translation>
    </message>
    <message>
        <source>Retry connecting to the engine</source>
        <translation>Tentar conectar ao motor de novo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot reach the engine at %1.&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;small&gt;Cais keeps trying and reconnects by itself when the engine comes back.&lt;/small&gt;</source>
        <translation>&lt;b&gt;Não foi possível alcançar o motor em %1.&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;small&gt;O Cais continua tentando e reconecta sozinho quando o motor voltar.&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>EngineError</name>
    <message>
        <source>The engine did not say which API version it speaks (Api-Version header: "%1"). Is this a Docker or Podman engine?</source>
        <translation>O motor não informou qual versão da API fala (cabeçalho Api-Version: "%1"). Isto é um motor Docker ou Podman?</translation>
    </message>
    <message>
        <source>This engine speaks Docker API %1, but Cais needs API 1.%2 or newer (Docker 20.10 or Podman 3 and later). Update the engine.</source>
        <translation>Este motor fala a API Docker %1, mas o Cais precisa da API 1.%2 ou mais nova (Docker 20.10 ou Podman 3 em diante). Atualize o motor.</translation>
    </message>
    <message>
        <source>The engine sent data Cais cannot read (%1 at byte %2).</source>
        <translation>O motor enviou dados que o Cais não consegue ler (%1 no byte %2).</translation>
    </message>
    <message>
        <source>The engine's image list is not a list.</source>
        <translation>A lista de imagens do motor não é uma lista.</translation>
    </message>
    <message>
        <source>The engine sent a list where an object was expected.</source>
        <translation>O motor enviou uma lista onde se esperava um objeto.</translation>
    </message>
    <message>
        <source>%1 The engine said: %2</source>
        <translation>%1 O motor disse: %2</translation>
    </message>
    <message>
        <source>The engine rejected the request as invalid.</source>
        <translation>O motor rejeitou o pedido como inválido.</translation>
    </message>
    <message>
        <source>The engine rejected the request: %1</source>
        <translation>O motor rejeitou o pedido: %1</translation>
    </message>
    <message>
        <source>The registry or engine asks for credentials. Log in and try again.</source>
        <translation>O registro ou o motor pede credenciais. Faça login e tente de novo.</translation>
    </message>
    <message>
        <source>The engine refused this action: %1</source>
        <translation>O motor recusou esta ação: %1</translation>
    </message>
    <message>
        <source>Not found: this engine does not know the object or the route (it may be too old for this action).</source>
        <translation>Não encontrado: este motor não conhece o objeto ou a rota (talvez seja antigo demais para esta ação).</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Não encontrado: %1</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Conflito: %1</translation>
    </message>
    <message>
        <source>The engine failed: %1</source>
        <translation>O motor falhou: %1</translation>
    </message>
    <message>
        <source>This engine does not support that action: %1</source>
        <translation>Este motor não oferece essa ação: %1</translation>
    </message>
    <message>
        <source>The engine is not ready: %1</source>
        <translation>O motor não está pronto: %1</translation>
    </message>
    <message>
        <source>The engine answered with HTTP %1: %2</source>
        <translation>O motor respondeu com HTTP %1: %2</translation>
    </message>
</context>
<context>
    <name>HttpConnection</name>
    <message>
        <source>The engine at %1 did not accept the connection in time. Is it running and reachable?</source>
        <translation>O motor em %1 não aceitou a conexão a tempo. Ele está rodando e acessível?</translation>
    </message>
    <message>
        <source>The engine at %1 did not answer in time. It may be overloaded or stuck.</source>
        <translation>O motor em %1 não respondeu a tempo. Pode estar sobrecarregado ou travado.</translation>
    </message>
    <message>
        <source>No engine socket at %1. Start the engine (for example "sudo systemctl start docker", or "systemctl --user start podman.socket" for Podman) or point DOCKER_HOST at a running one.</source>
        <translation>Não há socket de motor em %1. Inicie o motor (por exemplo "sudo systemctl start docker", ou "systemctl --user start podman.socket" para o Podman) ou aponte DOCKER_HOST para um motor em execução.</translation>
    </message>
    <message>
        <source>%1 exists but no engine listens on it. Start the engine, or point DOCKER_HOST at a running one.</source>
        <translation>%1 existe, mas nenhum motor escuta nele. Inicie o motor ou aponte DOCKER_HOST para um motor em execução.</translation>
    </message>
    <message>
        <source>The engine socket %1 refused the connection: the engine is not running or is restarting. Start it and Cais will reconnect.</source>
        <translation>O socket do motor %1 recusou a conexão: o motor não está rodando ou está reiniciando. Inicie-o e o Cais reconecta.</translation>
    </message>
    <message>
        <source>You are not allowed to use %1. Add your user to the "docker" group ("sudo usermod -aG docker $USER", then log in again), or use rootless Podman.</source>
        <translation>Você não tem permissão para usar %1. Adicione seu usuário ao grupo "docker" ("sudo usermod -aG docker $USER" e depois entre de novo na sessão) ou use o Podman sem root.</translation>
    </message>
    <message>
        <source>The engine at %1 did not answer in time.</source>
        <translation>O motor em %1 não respondeu a tempo.</translation>
    </message>
    <message>
        <source>The engine at %1 closed the connection.</source>
        <translation>O motor em %1 fechou a conexão.</translation>
    </message>
    <message>
        <source>Cannot talk to the engine at %1: %2</source>
        <translation>Não foi possível falar com o motor em %1: %2</translation>
    </message>
    <message>
        <source>The host "%1" is unknown. Check the engine address (DOCKER_HOST).</source>
        <translation>O host "%1" é desconhecido. Confira o endereço do motor (DOCKER_HOST).</translation>
    </message>
    <message>
        <source>Nothing listens on %1. Start the engine, or check the address and port.</source>
        <translation>Nada escuta em %1. Inicie o motor ou confira o endereço e a porta.</translation>
    </message>
    <message>
        <source>The system does not allow a connection to %1.</source>
        <translation>O sistema não permite uma conexão com %1.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to %1 failed. Check the CA, certificate and key in DOCKER_CERT_PATH, and that the engine expects TLS.</source>
        <translation>A conexão segura (TLS) com %1 falhou. Confira a CA, o certificado e a chave em DOCKER_CERT_PATH, e se o motor espera TLS.</translation>
    </message>
    <message>
        <source>The engine's TLS certificate at %1 is not trusted: %2. Check DOCKER_CERT_PATH (ca.pem) and the host name.</source>
        <translation>O certificado TLS do motor em %1 não é confiável: %2. Confira DOCKER_CERT_PATH (ca.pem) e o nome do host.</translation>
    </message>
    <message>
        <source>The data to send went away before it was sent.</source>
        <translation>Os dados a enviar sumiram antes de serem enviados.</translation>
    </message>
    <message>
        <source>The engine at %1 sent a reply Cais cannot read (%2).</source>
        <translation>O motor em %1 enviou uma resposta que o Cais não consegue ler (%2).</translation>
    </message>
    <message>
        <source>The engine at %1 closed the connection in the middle of its reply (did it stop or restart?).</source>
        <translation>O motor em %1 fechou a conexão no meio da resposta (ele parou ou reiniciou?).</translation>
    </message>
    <message>
        <source>The engine at %1 closed the connection without answering (did it stop or restart?).</source>
        <translation>O motor em %1 fechou a conexão sem responder (ele parou ou reiniciou?).</translation>
    </message>
</context>
<context>
    <name>ImagesModel</name>
    <message>
        <source>Less than a second ago</source>
        <translation>Há menos de um segundo</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) ago</source>
        <translation><numerusform>Há %n segundo</numerusform><numerusform>Há %n segundos</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation><numerusform>Há %n minuto</numerusform><numerusform>Há %n minutos</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation><numerusform>Há %n hora</numerusform><numerusform>Há %n horas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation><numerusform>Há %n dia</numerusform><numerusform>Há %n dias</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation><numerusform>Há %n semana</numerusform><numerusform>Há %n semanas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation><numerusform>Há %n mês</numerusform><numerusform>Há %n meses</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation><numerusform>Há %n ano</numerusform><numerusform>Há %n anos</numerusform></translation>
    </message>
    <message>
        <source>Dangling image: no tag points to it.</source>
        <translation>Imagem órfã: nenhuma tag aponta para ela.</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Criada em %1</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repositório</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>ID da imagem</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criada</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
</context>
<context>
    <name>ImagesPage</name>
    <message>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <source>Filter by repository, tag, ID or label</source>
        <translation>Filtrar por repositório, tag, ID ou label</translation>
    </message>
    <message>
        <source>Filter images</source>
        <translation>Filtrar imagens</translation>
    </message>
    <message>
        <source>Number of images</source>
        <translation>Número de imagens</translation>
    </message>
    <message>
        <source>Image list</source>
        <translation>Lista de imagens</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation><numerusform>%n imagem</numerusform><numerusform>%n imagens</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n image(s)</source>
        <translation><numerusform>%1 de %n imagem</numerusform><numerusform>%1 de %n imagens</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cais</source>
        <translation>Cais</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Seções</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <source>Could not list images: %1</source>
        <translation>Não foi possível listar as imagens: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Cais</source>
        <translation>&amp;Sobre o Cais</translation>
    </message>
    <message>
        <source>About Cais</source>
        <translation>Sobre o Cais</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Cais %1&lt;/h3&gt;&lt;p&gt;A native desktop for Docker and Podman images and containers.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Cais&lt;/i&gt; is Portuguese for quay: where containers are loaded and unloaded.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Cais %1&lt;/h3&gt;&lt;p&gt;Um aplicativo nativo para imagens e contêineres Docker e Podman.&lt;/p&gt;&lt;p&gt;O &lt;i&gt;cais&lt;/i&gt; é onde os contêineres são carregados e descarregados.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No engine</source>
        <translation>Sem motor</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Desconectado: %1</translation>
    </message>
    <message>
        <source>%1 %2 · API %3 · %4 · %5</source>
        <translation>%1 %2 · API %3 · %4 · %5</translation>
    </message>
    <message>
        <source>%1 %2 on %3 (%4/%5), engine API up to %6, Cais uses %7</source>
        <translation>%1 %2 em %3 (%4/%5), API do motor até %6, o Cais usa %7</translation>
    </message>
</context>
<context>
    <name>Reply</name>
    <message>
        <source>Canceled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage Docker and Podman images and containers.</source>
        <translation>Gerencie imagens e contêineres Docker e Podman.</translation>
    </message>
    <message>
        <source>Engine address, as DOCKER_HOST (unix:///path, tcp://host:port).</source>
        <translation>Endereço do motor, como DOCKER_HOST (unix:///caminho, tcp://host:porta).</translation>
    </message>
</context>
</TS>