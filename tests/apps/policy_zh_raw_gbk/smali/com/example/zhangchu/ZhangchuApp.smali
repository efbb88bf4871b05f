.class public Lcom/example/zhangchu/ZhangchuApp;
.super Landroid/app/Application;
.source "ZhangchuApp.java"


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Application;-><init>()V

    return-void
.end method

.method public static initSdks(Landroid/content/Context;)V
    .registers 3

    invoke-virtual {p0}, Landroid/content/Context;->getApplicationContext()Landroid/content/Context;

    move-result-object p0

    const/4 v0, 0x1

    invoke-static {p0, v0}, Lcom/baidu/mobstat/StatService;->setAuthorizedState(Landroid/content/Context;Z)V

    invoke-static {p0}, Lcom/baidu/mobstat/StatService;->start(Landroid/content/Context;)V

    invoke-static {}, Lcom/igexin/sdk/PushManager;->getInstance()Lcom/igexin/sdk/PushManager;

    move-result-object v1

    invoke-virtual {v1, p0}, Lcom/igexin/sdk/PushManager;->initialize(Landroid/content/Context;)V

    invoke-static {p0}, Lcom/example/zhangchu/share/ShareManager;->init(Landroid/content/Context;)V

    return-void
.end method


# virtual methods
.method public onCreate()V
    .registers 2

    invoke-super {p0}, Landroid/app/Application;->onCreate()V

    invoke-static {p0}, Lcom/example/zhangchu/util/Prefs;->isPrivacyAccepted(Landroid/content/Context;)Z

    move-result v0

    if-eqz v0, :cond_0

    invoke-static {p0}, Lcom/example/zhangchu/ZhangchuApp;->initSdks(Landroid/content/Context;)V

    :cond_0
    return-void
.end method
