.class public Lcom/example/ledger/LedgerApp;
.super Landroid/app/Application;
.source "LedgerApp.java"


# static fields
.field private static final UMENG_APPKEY:Ljava/lang/String; = "6321a8f05c2b4e1d9a7f3c40"

.field private static sDeviceTag:Ljava/lang/String;

.field private static sInstance:Lcom/example/ledger/LedgerApp;

.field private static sUserAgent:Ljava/lang/String;


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Application;-><init>()V

    return-void
.end method

.method public static get()Lcom/example/ledger/LedgerApp;
    .registers 1

    sget-object v0, Lcom/example/ledger/LedgerApp;->sInstance:Lcom/example/ledger/LedgerApp;

    return-object v0
.end method

.method public static getDeviceTag()Ljava/lang/String;
    .registers 1

    sget-object v0, Lcom/example/ledger/LedgerApp;->sDeviceTag:Ljava/lang/String;

    return-object v0
.end method

.method public static getUserAgent()Ljava/lang/String;
    .registers 1

    sget-object v0, Lcom/example/ledger/LedgerApp;->sUserAgent:Ljava/lang/String;

    return-object v0
.end method

.method public static initPushSdks(Landroid/content/Context;)V
    .registers 2

    const/4 v0, 0x0

    invoke-static {v0}, Lcn/jpush/android/api/JPushInterface;->setDebugMode(Z)V

    invoke-static {p0}, Lcn/jpush/android/api/JPushInterface;->init(Landroid/content/Context;)V

    invoke-static {}, Lcom/igexin/sdk/PushManager;->getInstance()Lcom/igexin/sdk/PushManager;

    move-result-object v0

    invoke-virtual {v0, p0}, Lcom/igexin/sdk/PushManager;->initialize(Landroid/content/Context;)V

    return-void
.end method


# virtual methods
.method public onCreate()V
    .registers 7

    invoke-super {p0}, Landroid/app/Application;->onCreate()V

    sput-object p0, Lcom/example/ledger/LedgerApp;->sInstance:Lcom/example/ledger/LedgerApp;

    const/4 v0, 0x0

    invoke-static {v0}, Lcom/umeng/commonsdk/UMConfigure;->setLogEnabled(Z)V

    const-string v1, "6321a8f05c2b4e1d9a7f3c40"

    const-string v2, "huawei"

    const/4 v3, 0x1

    const-string v4, ""

    move-object v0, p0

    invoke-static {v0, v1, v2, v3, v4}, Lcom/umeng/commonsdk/UMConfigure;->init(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;ILjava/lang/String;)V

    invoke-static {p0}, Lcom/example/ledger/data/LedgerRepository;->open(Landroid/content/Context;)Lcom/example/ledger/data/LedgerRepository;

    invoke-static {p0}, Lcom/example/ledger/util/DeviceUtil;->buildUserAgent(Landroid/content/Context;)Ljava/lang/String;

    move-result-object v0

    sput-object v0, Lcom/example/ledger/LedgerApp;->sUserAgent:Ljava/lang/String;

    invoke-static {p0}, Lcom/example/ledger/util/NetworkUtil;->getWifiMac(Landroid/content/Context;)Ljava/lang/String;

    move-result-object v0

    sput-object v0, Lcom/example/ledger/LedgerApp;->sDeviceTag:Ljava/lang/String;

    invoke-static {p0}, Lcom/example/ledger/util/PrivacyManager;->isAgreed(Landroid/content/Context;)Z

    move-result v5

    if-eqz v5, :cond_32

    invoke-static {p0}, Lcom/example/ledger/LedgerApp;->initPushSdks(Landroid/content/Context;)V

    :cond_32
    return-void
.end method
