.class public Lcom/example/caipu/PrivacyActivity;
.super Landroid/app/Activity;
.source "PrivacyActivity.java"


# static fields
.field private static final POLICY_URL:Ljava/lang/String; = "file:///android_asset/privacy_policy.html"

.field private static final AGREEMENT_URL:Ljava/lang/String; = "file:///android_asset/user_agreement.html"


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method


# virtual methods
.method protected onCreate(Landroid/os/Bundle;)V
    .registers 6

    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V

    new-instance v0, Landroid/webkit/WebView;

    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V

    invoke-virtual {v0}, Landroid/webkit/WebView;->getSettings()Landroid/webkit/WebSettings;

    move-result-object v1

    const/4 v2, 0x0

    invoke-virtual {v1, v2}, Landroid/webkit/WebSettings;->setJavaScriptEnabled(Z)V

    invoke-virtual {p0, v0}, Lcom/example/caipu/PrivacyActivity;->setContentView(Landroid/view/View;)V

    invoke-virtual {p0}, Lcom/example/caipu/PrivacyActivity;->getIntent()Landroid/content/Intent;

    move-result-object v1

    const-string v3, "show_agreement"

    invoke-virtual {v1, v3, v2}, Landroid/content/Intent;->getBooleanExtra(Ljava/lang/String;Z)Z

    move-result v1

    if-eqz v1, :cond_2a

    const-string v4, "file:///android_asset/user_agreement.html"

    goto :goto_2c

    :cond_2a
    const-string v4, "file:///android_asset/privacy_policy.html"

    :goto_2c
    invoke-virtual {v0, v4}, Landroid/webkit/WebView;->loadUrl(Ljava/lang/String;)V

    return-void
.end method
