.class public Lcom/example/youxuan/HomeActivity;
.super Landroid/app/Activity;
.source "HomeActivity.java"


# instance fields
.field private final handler:Landroid/os/Handler;


# direct methods
.method public constructor <init>()V
    .registers 3

    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    new-instance v0, Landroid/os/Handler;

    invoke-static {}, Landroid/os/Looper;->getMainLooper()Landroid/os/Looper;

    move-result-object v1

    invoke-direct {v0, v1}, Landroid/os/Handler;-><init>(Landroid/os/Looper;)V

    iput-object v0, p0, Lcom/example/youxuan/HomeActivity;->handler:Landroid/os/Handler;

    return-void
.end method

.method private checkClipboardForShareCode()V
    .registers 4

    const-string v0, "clipboard"

    invoke-virtual {p0, v0}, Lcom/example/youxuan/HomeActivity;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;

    move-result-object v0

    check-cast v0, Landroid/content/ClipboardManager;

    invoke-virtual {v0}, Landroid/content/ClipboardManager;->getPrimaryClip()Landroid/content/ClipData;

    move-result-object v0

    if-eqz v0, :cond_2e

    const/4 v1, 0x0

    invoke-virtual {v0, v1}, Landroid/content/ClipData;->getItemAt(I)Landroid/content/ClipData$Item;

    move-result-object v0

    invoke-virtual {v0}, Landroid/content/ClipData$Item;->getText()Ljava/lang/CharSequence;

    move-result-object v0

    invoke-static {v0}, Lcom/example/youxuan/share/ShareCode;->find(Ljava/lang/CharSequence;)Ljava/lang/String;

    move-result-object v0

    if-eqz v0, :cond_2e

    new-instance v1, Landroid/content/Intent;

    const-class v2, Lcom/example/youxuan/GoodsActivity;

    invoke-direct {v1, p0, v2}, Landroid/content/Intent;-><init>(Landroid/content/Context;Ljava/lang/Class;)V

    const-string v2, "share_code"

    invoke-virtual {v1, v2, v0}, Landroid/content/Intent;->putExtra(Ljava/lang/String;Ljava/lang/String;)Landroid/content/Intent;

    invoke-virtual {p0, v1}, Lcom/example/youxuan/HomeActivity;->startActivity(Landroid/content/Intent;)V

    :cond_2e
    return-void
.end method

.method static synthetic lambda$onCreate$0(Lcom/example/youxuan/HomeActivity;)V
    .registers 1

    invoke-direct {p0}, Lcom/example/youxuan/HomeActivity;->checkClipboardForShareCode()V

    return-void
.end method


# virtual methods
.method protected onCreate(Landroid/os/Bundle;)V
    .registers 6

    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V

    new-instance v0, Landroid/webkit/WebView;

    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V

    const-string v1, "https://m.youxuan.example.com/home"

    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->loadUrl(Ljava/lang/String;)V

    invoke-virtual {p0, v0}, Lcom/example/youxuan/HomeActivity;->setContentView(Landroid/view/View;)V

    iget-object v0, p0, Lcom/example/youxuan/HomeActivity;->handler:Landroid/os/Handler;

    new-instance v1, Lcom/example/youxuan/HomeActivity$$ExternalSyntheticLambda0;

    invoke-direct {v1, p0}, Lcom/example/youxuan/HomeActivity$$ExternalSyntheticLambda0;-><init>(Lcom/example/youxuan/HomeActivity;)V

    const-wide/16 v2, 0x320

    invoke-virtual {v0, v1, v2, v3}, Landroid/os/Handler;->postDelayed(Ljava/lang/Runnable;J)Z

    return-void
.end method
