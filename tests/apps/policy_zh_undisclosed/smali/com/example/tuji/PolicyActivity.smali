.class public Lcom/example/tuji/PolicyActivity;
.super Landroid/app/Activity;
.source "PolicyActivity.java"


# static fields
.field public static final AGREEMENT_URL:Ljava/lang/String; = "file:///android_asset/user_agreement.html"

.field public static final PRIVACY_URL:Ljava/lang/String; = "file:///android_asset/privacy_policy.html"


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method


# virtual methods
.method protected onCreate(Landroid/os/Bundle;)V
    .registers 5

    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V

    new-instance v0, Landroid/webkit/WebView;

    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V

    invoke-virtual {v0}, Landroid/webkit/WebView;->getSettings()Landroid/webkit/WebSettings;

    move-result-object v1

    const/4 v2, 0x0

    invoke-virtual {v1, v2}, Landroid/webkit/WebSettings;->setJavaScriptEnabled(Z)V

    invoke-virtual {p0, v0}, Lcom/example/tuji/PolicyActivity;->setContentView(Landroid/view/View;)V

    invoke-virtual {p0}, Lcom/example/tuji/PolicyActivity;->getIntent()Landroid/content/Intent;

    move-result-object v1

    const-string v2, "page"

    invoke-virtual {v1, v2}, Landroid/content/Intent;->getStringExtra(Ljava/lang/String;)Ljava/lang/String;

    move-result-object v1

    const-string v2, "user_agreement.html"

    invoke-virtual {v2, v1}, Ljava/lang/String;->equals(Ljava/lang/Object;)Z

    move-result v1

    if-eqz v1, :cond_0

    const-string v1, "file:///android_asset/user_agreement.html"

    goto :goto_0

    :cond_0
    const-string v1, "file:///android_asset/privacy_policy.html"

    :goto_0
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->loadUrl(Ljava/lang/String;)V

    return-void
.end method
