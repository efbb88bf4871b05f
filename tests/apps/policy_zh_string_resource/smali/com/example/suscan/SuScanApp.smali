.class public Lcom/example/suscan/SuScanApp;
.super Landroid/app/Application;
.source "SuScanApp.java"


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Application;-><init>()V

    return-void
.end method

.method public static initAfterAgree(Landroid/content/Context;)V
    .registers 7

    invoke-virtual {p0}, Landroid/content/Context;->getApplicationContext()Landroid/content/Context;

    move-result-object v0

    const-string v1, "65a7c2e9a7208a5af1d3b906"

    const-string v2, "vivo"

    const/4 v3, 0x1

    const-string v4, ""

    invoke-static {v0, v1, v2, v3, v4}, Lcom/umeng/commonsdk/UMConfigure;->init(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;ILjava/lang/String;)V

    invoke-static {v0}, Lcom/example/suscan/util/AgreementStore;->isVip(Landroid/content/Context;)Z

    move-result v5

    if-nez v5, :cond_0

    const-string v1, "1201736552"

    invoke-static {v0, v1}, Lcom/qq/e/comm/managers/GDTAdSdk;->initWithoutStart(Landroid/content/Context;Ljava/lang/String;)V

    invoke-static {v0}, Lcom/qq/e/comm/managers/GDTAdSdk;->start(Landroid/content/Context;)V

    :cond_0
    return-void
.end method


# virtual methods
.method public onCreate()V
    .registers 3

    invoke-super {p0}, Landroid/app/Application;->onCreate()V

    const-string v0, "65a7c2e9a7208a5af1d3b906"

    const-string v1, "vivo"

    invoke-static {p0, v0, v1}, Lcom/umeng/commonsdk/UMConfigure;->preInit(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;)V

    invoke-static {p0}, Lcom/example/suscan/util/AgreementStore;->hasAgreed(Landroid/content/Context;)Z

    move-result v0

    if-eqz v0, :cond_0

    invoke-static {p0}, Lcom/example/suscan/SuScanApp;->initAfterAgree(Landroid/content/Context;)V

    :cond_0
    return-void
.end method
