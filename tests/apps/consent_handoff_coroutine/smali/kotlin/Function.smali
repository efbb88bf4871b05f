.class public interface abstract Lkotlin/Function;
.super Ljava/lang/Object;
.source "Function.kt"
